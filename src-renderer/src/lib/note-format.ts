// The simple formatting notes allow, read from plain text: blank lines part
// paragraphs, lines starting "- " or "* " are bullets, **bold** and *italic*.
// The result is data for NoteText.vue to render as elements (never as HTML).

export interface Span {
  text: string
  bold?: boolean
  italic?: boolean
}
export type Line = Span[]
export type Block = { kind: 'p'; lines: Line[] } | { kind: 'ul'; items: Line[] }

const BULLET = /^\s*[-*•]\s+/

/** Splits one line into plain, **bold** and *italic* runs; unmatched markers stay as typed. */
export function parseInline(text: string): Line {
  const spans: Line = []
  const re = /\*\*(.+?)\*\*|\*(?!\s)([^*]+?)\*/g
  let last = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) spans.push({ text: text.slice(last, m.index) })
    spans.push(m[1] !== undefined ? { text: m[1], bold: true } : { text: m[2]!, italic: true })
    last = m.index + m[0].length
  }
  if (last < text.length) spans.push({ text: text.slice(last) })
  return spans
}

export function parseNote(text: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim())
    let current: Block | undefined
    for (const line of lines) {
      const bullet = BULLET.test(line)
      const kind = bullet ? 'ul' : 'p'
      if (current?.kind !== kind) {
        current = kind === 'ul' ? { kind, items: [] } : { kind, lines: [] }
        blocks.push(current)
      }
      if (current.kind === 'ul') current.items.push(parseInline(line.replace(BULLET, '')))
      else current.lines.push(parseInline(line.trim()))
    }
  }
  return blocks
}

/** The note as one line of plain text, markers removed, for previews in lists. */
export function plainExcerpt(text: string, max = 220): string {
  const flat = text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(?!\s)([^*]+?)\*/g, '$1')
    .replace(/^\s*[-*•]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}
