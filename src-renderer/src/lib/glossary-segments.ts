import type { GlossaryEntry } from '../../../src-main/api/types'

export type TextPiece = { text: string; entry?: GlossaryEntry }

/** Words a glossary term is known by: the term itself, and an abbreviation in brackets ("Post-inflammatory hyperpigmentation (PIH)"). */
function namesOf(e: GlossaryEntry): string[] {
  const names = [e.term.replace(/\s*\(.*\)\s*/g, ' ').trim()]
  for (const m of e.term.matchAll(/\(([^)]+)\)/g)) names.push(m[1]!.trim())
  return names.filter((n) => n.length >= 3)
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Splits prose into plain pieces and glossary pieces, first mention of each
 * term only (a definition on every repeat would turn a paragraph into a minefield).
 */
export function glossaryMatcher(entries: GlossaryEntry[]) {
  const byName = new Map<string, GlossaryEntry>()
  for (const e of entries) for (const n of namesOf(e)) byName.set(n.toLowerCase(), e)
  const names = [...byName.keys()].sort((a, b) => b.length - a.length)
  const re = names.length ? new RegExp(`\\b(${names.map(escape).join('|')})(?:s|es)?\\b`, 'gi') : undefined
  return (text: string, seen = new Set<string>()): TextPiece[] => {
    if (!re) return [{ text }]
    const out: TextPiece[] = []
    let last = 0
    for (const m of text.matchAll(re)) {
      const entry = byName.get(m[1]!.toLowerCase())
      if (!entry || seen.has(entry.id)) continue
      seen.add(entry.id)
      if (m.index! > last) out.push({ text: text.slice(last, m.index) })
      out.push({ text: m[0], entry })
      last = m.index! + m[0].length
    }
    if (last < text.length) out.push({ text: text.slice(last) })
    return out
  }
}
