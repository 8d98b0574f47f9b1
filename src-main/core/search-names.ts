import type { SearchKind } from './result-types'
import type { Concern, GlossaryEntry, Guide, Layer, Mechanism } from './content/schema'
import { allTreatments } from './catalog'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'
import { SEARCH_CATEGORIES } from './search-categories'
import { editDistance, nearTerms, typoBudget, type Term } from './spelling'

/**
 * The names things answer to — treatment names, aliases and brands, concern,
 * mechanism, glossary and guide titles and their synonyms, category words —
 * matched against the whole query. A query that names something ranks it
 * above a document that merely mentions the words in its prose: "sagging"
 * means the laxity concern, not the first peel whose text says "sagging".
 */

export type NamedKind = SearchKind
export interface NameMatch {
  kind: NamedKind
  key: string
  title: string
  score: number
}

/** One way a record can be named, in the forms the matchers compare. */
export interface NameEntry {
  kind: NamedKind
  key: string
  title: string
  words: string[]
  joined: string
  compact: string
}

/**
 * Words for name matching: case, accents, apostrophes and punctuation ignored,
 * a plural "s" dropped ("lasers" = "laser", "crow's feet" = "crows feet").
 */
export function nameWords(s: string): string[] {
  return plainWords(s).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
}

function plainWords(s: string): string[] {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/['’]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/**
 * Spaces, hyphens and digit spacing ignored: "morpheus 8" = "Morpheus8", "secret rf" = "SecretRF".
 * Unstemmed, so that a misspelt brand ending in "s" is still compared whole ("morfeus 8").
 */
const compactOf = (s: string) => plainWords(s).join('')

/** A name, the name without its bracketed part, and each bracketed part ("SMAS (superficial…)" is also "SMAS"). */
function variants(name: string): string[] {
  const out = [name, name.replace(/\s*\(.*?\)\s*/g, ' ')]
  for (const m of name.matchAll(/\(([^)]+)\)/g)) out.push(m[1]!)
  return out
}

/** Kinds in the order a tie is settled: a category word means the category, a treatment name the treatment. */
const KIND_RANK: Record<NamedKind, number> = { category: 6, treatment: 5, concern: 4, mechanism: 3, glossary: 2, layer: 1, guide: 0 }

const rows = <T>(kb: KnowledgeBase, sql: string) => (kb.db.prepare(sql).all() as { record: string }[]).map((r) => JSON.parse(r.record) as T)

function entries(kb: KnowledgeBase): NameEntry[] {
  return indexed(kb, 'nameEntries', () => {
    const out: NameEntry[] = []
    const add = (kind: NamedKind, key: string, title: string, names: readonly string[]) => {
      const seen = new Set<string>()
      for (const n of names.flatMap(variants)) {
        const words = nameWords(n)
        const joined = words.join(' ')
        if (!joined || seen.has(joined)) continue
        seen.add(joined)
        out.push({ kind, key, title, words, joined, compact: compactOf(n) })
      }
    }
    for (const c of SEARCH_CATEGORIES) add('category', c.filter, c.title, c.names)
    for (const { treatment: t } of allTreatments(kb)) add('treatment', t.slug, t.name, [t.name, ...t.aliases, ...t.brands])
    for (const c of rows<Concern>(kb, 'SELECT record FROM concerns')) add('concern', c.id, c.name, [c.name, ...(c.synonyms ?? [])])
    for (const m of rows<Mechanism>(kb, 'SELECT record FROM mechanisms')) add('mechanism', m.id, m.name, [m.name, ...(m.synonyms ?? [])])
    for (const g of rows<GlossaryEntry>(kb, 'SELECT record FROM glossary')) add('glossary', g.id, g.term, [g.term, ...(g.synonyms ?? [])])
    for (const g of rows<Guide>(kb, 'SELECT record FROM guides')) add('guide', g.id, g.title, [g.title, ...(g.synonyms ?? [])])
    for (const l of rows<Layer>(kb, 'SELECT record FROM layers')) add('layer', l.id, l.name, [l.name])
    return out
  })
}

/** Exact lookups by spaced and by compact form, built once per knowledge base. */
function exactIndex(kb: KnowledgeBase): Map<string, NameEntry[]> {
  return indexed(kb, 'nameExact', () => {
    const map = new Map<string, NameEntry[]>()
    for (const e of entries(kb))
      for (const k of new Set([e.joined, e.compact])) {
        const list = map.get(k) ?? []
        list.push(e)
        map.set(k, list)
      }
    return map
  })
}

function compactTerms(kb: KnowledgeBase): Term[] {
  return indexed(kb, 'nameCompactTerms', () => [...new Set(entries(kb).map((e) => e.compact))].map((term) => ({ term, docs: 1 })))
}

function byCompact(kb: KnowledgeBase): Map<string, NameEntry[]> {
  return indexed(kb, 'nameByCompact', () => {
    const map = new Map<string, NameEntry[]>()
    for (const e of entries(kb)) map.set(e.compact, [...(map.get(e.compact) ?? []), e])
    return map
  })
}

const EXACT = 100
const PREFIX = 80
const CONTAINED = 60
const ALL_WORDS = 55
const FUZZY = 50

interface Keyed {
  key: string
  entry: NameEntry
}

/** Every word of every name, and every compact name, each sorted by key. */
export interface SortedNames {
  words: Keyed[]
  compacts: Keyed[]
}

/** Every word of every name, and every compact name, sorted, for prefix ranges by binary search. */
function sortedIndex(kb: KnowledgeBase): SortedNames {
  return indexed(kb, 'nameSorted', () => {
    const words: Keyed[] = []
    const compacts: Keyed[] = []
    for (const entry of entries(kb)) {
      for (const key of new Set(entry.words)) words.push({ key, entry })
      compacts.push({ key: entry.compact, entry })
    }
    const byKey = (a: Keyed, b: Keyed) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    return { words: words.sort(byKey), compacts: compacts.sort(byKey) }
  })
}

/** Indexes of the keys equal to `key`, or (prefix) beginning with it. */
function range(list: Keyed[], key: string, prefix: boolean): number[] {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.key < key) lo = mid + 1
    else hi = mid
  }
  const out: number[] = []
  for (let i = lo; i < list.length && (prefix ? list[i]!.key.startsWith(key) : list[i]!.key === key); i++) out.push(i)
  return out
}

/** Where the query's words sit in a name: at its start, inside it, or only scattered through it. */
function wordScore(q: string[], e: NameEntry): number {
  const w = e.words
  const last = q.length - 1
  for (let start = 0; start + q.length <= w.length; start++) {
    let ok = true
    for (let i = 0; i < q.length && ok; i++) ok = i === last ? w[start + i]!.startsWith(q[i]!) : w[start + i] === q[i]
    if (ok) return start === 0 ? PREFIX : CONTAINED
  }
  return q.length > 1 && q.every((x) => w.includes(x)) ? ALL_WORDS : 0
}

/**
 * Every named thing the query's words name, best first: exact names, then
 * names the query begins, then names containing it, then near spellings of a
 * whole name ("morfeus 8" → Morpheus8). Equal scores go to the shorter name
 * and then by kind.
 */
export function matchNames(kb: KnowledgeBase, raw: string): NameMatch[] {
  const q = nameWords(raw)
  if (q.length === 0) return []
  const joined = q.join(' ')
  const compact = compactOf(raw)
  const best = new Map<string, NameMatch & { extra: number }>()
  const offer = (e: NameEntry, score: number) => {
    const id = `${e.kind}:${e.key}`
    const extra = Math.max(0, e.compact.length - compact.length)
    const had = best.get(id)
    if (!had || score > had.score || (score === had.score && extra < had.extra)) best.set(id, { kind: e.kind, key: e.key, title: e.title, score, extra })
  }
  const index = exactIndex(kb)
  for (const e of [...(index.get(joined) ?? []), ...(index.get(compact) ?? [])]) offer(e, EXACT)
  if (compact.length >= 2) {
    // Only names holding the query's first word (or a word it begins) can match by words, and only
    // names whose compact form begins with the query can match by prefix: both come from sorted
    // lists by binary search, so a knowledge base 100× larger does not mean 100× the comparisons.
    const { words, compacts } = sortedIndex(kb)
    for (const i of range(words, q[0]!, q.length === 1)) {
      const e = words[i]!.entry
      const s = wordScore(q, e)
      if (s) offer(e, s)
    }
    if (compact.length >= 3) for (const i of range(compacts, compact, true)) offer(compacts[i]!.entry, PREFIX)
  }
  if (best.size === 0 && compact.length >= 5) {
    const limit = typoBudget(compact.length)
    const near = byCompact(kb)
    for (const t of nearTerms(compact, compactTerms(kb), limit, 8))
      for (const e of near.get(t.term) ?? []) offer(e, FUZZY - 10 * editDistance(compact, t.term, limit))
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.extra - b.extra || KIND_RANK[b.kind] - KIND_RANK[a.kind]).map(({ extra: _extra, ...m }) => m)
}

/** Words that carry no subject in a question ("botox for crow's feet", "what helps large pores"). */
const FILLER_WORDS = new Set([
  'for',
  'the',
  'a',
  'an',
  'of',
  'with',
  'to',
  'what',
  'which',
  'help',
  'helps',
  'best',
  'how',
  'and',
  'in',
  'on',
  'my',
  'i',
  'is',
  'does',
  'do',
  'can',
  'treatment',
  'treatments',
  'treat',
  'good',
  'options',
  'option',
  'vs',
  'versus',
  'or',
])

/**
 * The exact names inside a longer question, left to right, longest first:
 * "rf microneedling for acne scars" names RF microneedling and acne scars.
 */
export function namesInPhrase(kb: KnowledgeBase, raw: string): NameMatch[] {
  const words = nameWords(raw).filter((w) => !FILLER_WORDS.has(w))
  const index = exactIndex(kb)
  const out: NameMatch[] = []
  for (let i = 0; i < words.length;) {
    let taken = 0
    for (let j = words.length; j > i && !taken; j--) {
      const part = words.slice(i, j)
      const found = index.get(part.join(' ')) ?? index.get(part.join(''))
      if (found) {
        const e = [...found].sort((a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind])[0]!
        out.push({ kind: e.kind, key: e.key, title: e.title, score: EXACT })
        taken = j - i
      }
    }
    i += taken || 1
  }
  return out
}
