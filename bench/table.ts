// One aligned table: figure | value | target | ✓/✗, for the terminal and the closing note.

export interface Row {
  id: string
  figure: string
  value: number
  unit: 'ms' | 's' | 'MB' | 'KB' | '×' | 'count' | '%'
  /** Upper bound; absent for figures shown for context. */
  target?: number
  /** Lower bound, for figures where more is better (search accuracy). */
  minimum?: number
  /** Words beside the value (sample sizes, what was compared). */
  note?: string
}

export interface Section {
  title: string
  rows: Row[]
}

export function format(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return 'n/a'
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`
    case 's':
      return `${value.toFixed(2)} s`
    case 'MB':
      return `${value.toFixed(1)} MB`
    case 'KB':
      return `${value.toFixed(1)} KB`
    case '×':
      return `${value.toFixed(2)}×`
    case 'count':
      return String(Math.round(value))
    case '%':
      return `${value.toFixed(1)} %`
  }
}

export const passes = (r: Row) => (r.target === undefined || r.value <= r.target) && (r.minimum === undefined || r.value >= r.minimum)

export function renderTable(sections: Section[], footer: string[] = []): string {
  const head = ['figure', 'value', 'target', '']
  const rows = sections.flatMap((s) =>
    s.rows.map((r) => [
      `  ${r.figure}`,
      format(r.value, r.unit),
      r.target !== undefined ? `≤ ${format(r.target, r.unit)}` : r.minimum !== undefined ? `≥ ${format(r.minimum, r.unit)}` : '—',
      r.target === undefined && r.minimum === undefined ? '' : passes(r) ? '✓' : '✗',
    ]),
  )
  // Section titles run across the columns and do not widen them.
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((l) => l[i]!.length)))
  const pad = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(width[i]!) : c.padEnd(width[i]!)))
      .join('  ')
      .trimEnd()
  const rule = width.map((w) => '─'.repeat(w)).join('  ')
  const body: string[] = []
  let i = 0
  for (const s of sections) {
    body.push(`— ${s.title}`)
    for (let n = 0; n < s.rows.length; n++) body.push(pad(rows[i++]!))
  }
  const notes = sections.flatMap((s) => s.rows.filter((r) => r.note).map((r) => `  ${r.figure.trim()}: ${r.note}`))
  return [pad(head), rule, ...body, rule, ...(notes.length ? ['notes:', ...notes] : []), ...footer].join('\n')
}
