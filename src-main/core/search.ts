import type { SearchResult, SearchHit, SearchKind, Segment } from './result-types'
import { closestTerm, editDistance, nearTerms, typoBudget, type Term } from './spelling'
import { allTreatments } from './catalog'
import { cached, type KnowledgeBase } from './knowledge-base'

export const SEARCH_KINDS: SearchKind[] = ['treatment', 'mechanism', 'concern', 'glossary', 'guide', 'layer']
/** Hits per kind: enough to scan at a glance, few enough to reach by keyboard. */
export const HITS_PER_KIND = 8
/** bm25 column weights (title, keywords, body): a match in a name or brand outranks one in prose. */
const BM25 = 'bm25(search, 0, 0, 12.0, 8.0, 1.0)'
const OPEN = '\u0002'
const CLOSE = '\u0003'

/**
 * The user's words, and nothing else: FTS5 syntax (quotes, stars, NEAR,
 * column filters, parentheses) cannot reach the query because only letters
 * and digits survive, and each word is re-quoted as a prefix term.
 */
export function queryWords(raw: string): string[] {
  return (raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((w) => w.slice(0, 40))
}

const toMatch = (words: string[]) => words.map((w) => `"${w}"*`).join(' ')

function terms(kb: KnowledgeBase): Term[] {
  return cached(kb, 'spell-terms', () => kb.db.prepare('SELECT term, docs FROM spell_terms').all() as Term[])
}

function hasPrefix(kb: KnowledgeBase, word: string): boolean {
  const stmt = cached(kb, 'stmt-prefix', () => kb.db.prepare('SELECT 1 FROM spell_terms WHERE term >= ? AND term < ? LIMIT 1'))
  // Every term that starts with `word` sorts between word and word + U+FFFF.
  return stmt.get(word, `${word}\uffff`) !== undefined
}

function segments(snippet: string): Segment[] {
  const out: Segment[] = []
  for (const part of snippet.split(OPEN)) {
    const [marked, rest] = part.includes(CLOSE) ? part.split(CLOSE) : [undefined, part]
    if (marked) out.push({ text: marked, mark: true })
    if (rest) out.push({ text: rest, mark: false })
  }
  return out
}

type Row = { id: number; kind: SearchKind; key: string; title: string }

const normal = (s: string) => queryWords(s).join(' ')

/**
 * Every exact name a treatment answers to (name, name without its bracketed
 * part, bracketed abbreviations, aliases, brands). A query equal to one of
 * them puts that treatment first: "PRP" means PRP, not "PRP with stem cells".
 */
function exactNames(kb: KnowledgeBase): Map<string, Set<string>> {
  return cached(kb, 'exact-names', () => {
    const map = new Map<string, Set<string>>()
    for (const { treatment: t } of allTreatments(kb)) {
      const names = [t.name, t.name.replace(/\s*\(.*?\)\s*/g, ' '), ...[...t.name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!), ...t.aliases, ...t.brands]
      for (const n of names) {
        const key = normal(n)
        if (!key) continue
        if (!map.has(key)) map.set(key, new Set())
        map.get(key)!.add(t.slug)
      }
    }
    return map
  })
}

function run(kb: KnowledgeBase, words: string[]): Map<SearchKind, SearchHit[]> {
  const rank = cached(kb, 'stmt-search', () =>
    kb.db.prepare(`SELECT rowid AS id, kind, key, title FROM search WHERE search MATCH ? ORDER BY ${BM25} LIMIT 200`),
  )
  // snippet() re-reads a document's text, and SQLite would compute it for every
  // match before sorting: only the hits that will be shown get one. (A rowid
  // IN (...) constraint instead would re-run the match once per row.)
  const snip = cached(kb, 'stmt-snippet', () =>
    kb.db.prepare(
      `SELECT id, snip FROM (
         SELECT rowid AS id, CASE WHEN rowid IN (SELECT value FROM json_each(@ids))
           THEN snippet(search, -1, '${OPEN}', '${CLOSE}', '…', 14) END AS snip
         FROM search WHERE search MATCH @match)
       WHERE snip IS NOT NULL`,
    ),
  )
  const match = toMatch(words)
  const exact = exactNames(kb).get(words.join(' '))
  const rows = rank.all(match) as Row[]
  if (exact) rows.sort((a, b) => Number(exact.has(b.key) && b.kind === 'treatment') - Number(exact.has(a.key) && a.kind === 'treatment'))
  const chosen = new Map<SearchKind, Row[]>()
  for (const r of rows) {
    const list = chosen.get(r.kind) ?? []
    if (list.length < HITS_PER_KIND) list.push(r)
    chosen.set(r.kind, list)
  }
  const ids = [...chosen.values()].flat().map((r) => r.id)
  const snippets = new Map((snip.all({ match, ids: JSON.stringify(ids) }) as { id: number; snip: string }[]).map((s) => [s.id, s.snip]))
  const groups = new Map<SearchKind, SearchHit[]>()
  for (const [kind, list] of chosen)
    groups.set(kind, list.map((r) => ({ kind, key: r.key, title: r.title, snippet: segments(snippets.get(r.id) ?? '') })))
  return groups
}

/**
 * Words to try after an empty result: near spellings of the words the index
 * does not know; then each known word on its own, longest (most specific)
 * first, since together they matched nothing; else a few treatment names.
 */
function suggest(kb: KnowledgeBase, words: string[]): string[] {
  const names = cached(kb, 'treatment-names', () => (kb.db.prepare('SELECT name FROM treatments ORDER BY name').all() as { name: string }[]).map((r) => r.name))
  const out = new Set<string>()
  const known = words.filter((w) => hasPrefix(kb, w))
  for (const w of words) if (!known.includes(w)) for (const t of nearTerms(w, terms(kb), 3, 3)) out.add(t.term)
  for (const w of [...known].sort((a, b) => b.length - a.length)) if (w.length >= 3 && words.length > 1) out.add(w)
  if (out.size === 0) for (const n of names.slice(0, 5)) out.add(n)
  return [...out].slice(0, 6)
}

/** Words of treatment names, aliases and brands: what practitioners mostly type, so a typo resolves to them first. */
function nameTerms(kb: KnowledgeBase): Term[] {
  return cached(kb, 'name-terms', () => {
    const counts = new Map<string, number>()
    for (const key of exactNames(kb).keys()) for (const w of key.split(' ')) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1)
    return [...counts].map(([term, docs]) => ({ term, docs }))
  })
}

/**
 * The closest known spelling of an unknown word. A name word wins over a
 * prose word at the same distance: "botx" means Botox, not "both".
 */
function correct(kb: KnowledgeBase, word: string): string {
  const any = closestTerm(word, terms(kb))
  const name = closestTerm(word, nameTerms(kb))
  if (!name) return any?.term ?? word
  if (!any) return name.term
  const limit = typoBudget(word.length)
  return editDistance(word, name.term, limit) <= editDistance(word, any.term, limit) ? name.term : any.term
}

/**
 * Full-text search across treatments (names, aliases, brands, text),
 * mechanisms, concerns, glossary, guides and layers. Words are prefixes;
 * a word the index does not know is replaced by its closest known spelling.
 */
export function search(kb: KnowledgeBase, query: string): SearchResult {
  const words = queryWords(query)
  if (words.length === 0) return { query, words, groups: [], suggestions: [] }
  let used = words
  let groups = run(kb, words)
  let corrected: string | undefined
  if (groups.size === 0) {
    const fixed = words.map((w) => (hasPrefix(kb, w) ? w : correct(kb, w)))
    if (fixed.some((w, i) => w !== words[i])) {
      used = fixed
      groups = run(kb, fixed)
      corrected = fixed.join(' ')
    }
  }
  const ordered = SEARCH_KINDS.filter((k) => groups.has(k)).map((kind) => ({ kind, hits: groups.get(kind)! }))
  return {
    query,
    words: used,
    ...(corrected ? { corrected } : {}),
    groups: ordered,
    suggestions: ordered.length ? [] : suggest(kb, words),
  }
}
