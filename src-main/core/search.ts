import type { SearchResult, SearchHit, SearchKind, Segment } from './result-types'
import { closestTerm, editDistance, nearTerms, typoBudget, type Term } from './spelling'
import { allTreatments } from './catalog'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'
import { categoryFilter } from './search-categories'
import { matchNames, namesInPhrase, type NameMatch } from './search-names'

export const SEARCH_KINDS: SearchKind[] = ['category', 'treatment', 'mechanism', 'concern', 'glossary', 'guide', 'layer']
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
  return (
    raw
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .slice(0, 12)
    .map((w) => w.slice(0, 40))
}

const toMatch = (words: string[]) => words.map((w) => `"${w}"*`).join(' ')

function terms(kb: KnowledgeBase): Term[] {
  return indexed(kb, 'spellTerms', () => kb.db.prepare<[], Term>('SELECT term, docs FROM spell_terms').all())
}

function hasPrefix(kb: KnowledgeBase, word: string): boolean {
  const stmt = indexed(kb, 'prefixStatement', () => kb.db.prepare<[string, string]>('SELECT 1 FROM spell_terms WHERE term >= ? AND term < ? LIMIT 1'))
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

/** A full-text hit, before its snippet. */
export type SearchRow = { id: number; kind: SearchKind; key: string; title: string }

const normal = (s: string) => queryWords(s).join(' ')

/**
 * Every exact name a treatment answers to (name, name without its bracketed
 * part, bracketed abbreviations, aliases, brands). A query equal to one of
 * them puts that treatment first: "PRP" means PRP, not "PRP with stem cells".
 */
function exactNames(kb: KnowledgeBase): Map<string, Set<string>> {
  return indexed(kb, 'exactNames', () => {
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

/** How many treatments a category hit opens: shown in place of a snippet. */
function categoryCount(kb: KnowledgeBase, key: string): number {
  const f = categoryFilter(key)
  return allTreatments(kb).filter(
    ({ treatment: t }) => (!f.category || t.category === f.category) && (!f.mechanism || t.mechanisms.some((m) => m.id === f.mechanism)),
  ).length
}

function run(kb: KnowledgeBase, words: string[], named: NameMatch[]): Map<SearchKind, SearchHit[]> {
  const rank = indexed(kb, 'searchStatement', () =>
    kb.db.prepare<[string], SearchRow>(`SELECT rowid AS id, kind, key, title FROM search WHERE search MATCH ? ORDER BY ${BM25} LIMIT 200`),
  )
  // snippet() re-reads a document's text, and SQLite would compute it for every
  // match before sorting: only the hits that will be shown get one. (A rowid
  // IN (...) constraint instead would re-run the match once per row.)
  const snip = indexed(kb, 'snippetStatement', () =>
    kb.db.prepare<{ match: string; ids: string }, { id: number; snip: string }>(
      `SELECT id, snip FROM (
         SELECT rowid AS id, CASE WHEN rowid IN (SELECT value FROM json_each(@ids))
           THEN snippet(search, -1, '${OPEN}', '${CLOSE}', '…', 14) END AS snip
         FROM search WHERE search MATCH @match)
       WHERE snip IS NOT NULL`,
    ),
  )
  const match = toMatch(words)
  const exact = exactNames(kb).get(words.join(' '))
  const rows = words.length ? rank.all(match) : []
  if (exact) rows.sort((a, b) => Number(exact.has(b.key) && b.kind === 'treatment') - Number(exact.has(a.key) && a.kind === 'treatment'))
  // What the query names comes first in its group, in the order of how well it names it. Only the
  // best few can be shown (HITS_PER_KIND each), so a short prefix naming thousands costs no more.
  named = named.slice(0, HITS_PER_KIND * SEARCH_KINDS.length)
  const place = new Map(named.map((n, i) => [`${n.kind}:${n.key}`, i]))
  const at = (r: { kind: string; key: string }) => place.get(`${r.kind}:${r.key}`) ?? Infinity
  const found = new Set(rows.map((r) => `${r.kind}:${r.key}`))
  const all: (SearchRow | NameMatch)[] = [...named.filter((n) => !found.has(`${n.kind}:${n.key}`)), ...rows]
  all.sort((a, b) => (at(a) === at(b) ? 0 : at(a) - at(b)))
  const chosen = new Map<SearchKind, (SearchRow | NameMatch)[]>()
  for (const r of all) {
    const list = chosen.get(r.kind) ?? []
    if (list.length < HITS_PER_KIND) list.push(r)
    chosen.set(r.kind, list)
  }
  const ids = [...chosen.values()].flat().flatMap((r) => ('id' in r ? [r.id] : []))
  const snippets = new Map(ids.length ? snip.all({ match, ids: JSON.stringify(ids) }).map((s) => [s.id, s.snip]) : [])
  const groups = new Map<SearchKind, SearchHit[]>()
  for (const [kind, list] of chosen)
    groups.set(
      kind,
      list.map((r) => ({
        kind,
        key: r.key,
        title: r.title,
        snippet:
          kind === 'category' ? [{ text: `All ${categoryCount(kb, r.key)} treatments`, mark: false }] : segments(('id' in r && snippets.get(r.id)) || ''),
      })),
    )
  return groups
}

/**
 * Words to try after an empty result: near spellings of the words the index
 * does not know; then each known word on its own, longest (most specific)
 * first, since together they matched nothing; else a few treatment names.
 */
function suggest(kb: KnowledgeBase, words: string[]): string[] {
  const names = indexed(kb, 'treatmentNames', () => kb.db.prepare<[], string>('SELECT name FROM treatments ORDER BY name').pluck().all())
  const out = new Set<string>()
  const known = words.filter((w) => hasPrefix(kb, w))
  for (const w of words) if (!known.includes(w)) for (const t of nearTerms(w, terms(kb), 3, 3)) out.add(t.term)
  for (const w of [...known].sort((a, b) => b.length - a.length)) if (w.length >= 3 && words.length > 1) out.add(w)
  if (out.size === 0) for (const n of names.slice(0, 5)) out.add(n)
  return [...out].slice(0, 6)
}

/** Words of treatment names, aliases and brands: what practitioners mostly type, so a typo resolves to them first. */
function nameTerms(kb: KnowledgeBase): Term[] {
  return indexed(kb, 'nameTerms', () => {
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
 * What the query names: the whole query as a name, brand, synonym or category
 * ("morpheus 8", "jowls", "chemical peel"), else the names inside a longer
 * question ("botox for crow's feet").
 */
function named(kb: KnowledgeBase, query: string): NameMatch[] {
  const whole = matchNames(kb, query)
  return whole.length ? whole : namesInPhrase(kb, query)
}

/** Words that only join a question; dropped when the whole question matches nothing as it stands. */
const JOINING = new Set(['for', 'the', 'a', 'an', 'of', 'with', 'to', 'what', 'helps', 'best', 'how', 'in', 'on', 'my', 'is', 'does', 'can', 'treatment'])

/**
 * Full-text search across treatments (names, aliases, brands, text),
 * mechanisms, concerns, glossary, guides and layers, and the categories a
 * query names. Words are prefixes; a word the index does not know is replaced
 * by its closest known spelling. `best` is the single hit the query most
 * likely means: a thing it names outranks prose that only mentions its words.
 */
export function search(kb: KnowledgeBase, query: string): SearchResult {
  const words = queryWords(query)
  if (words.length === 0) return { query, words, groups: [], suggestions: [] }
  let used = words
  let names = named(kb, query)
  let groups = run(kb, words, names)
  let corrected: string | undefined
  if (groups.size === 0 || !names.length) {
    const plain = words.filter((w) => !JOINING.has(w))
    if (groups.size === 0 && plain.length && plain.length < words.length) {
      used = plain
      groups = run(kb, plain, names)
    }
  }
  if (!matchesText(kb, used)) {
    const fixed = used.map((w) => (hasPrefix(kb, w) ? w : correct(kb, w)))
    if (fixed.some((w, i) => w !== used[i])) {
      const fixedNames = names.length ? names : named(kb, fixed.join(' '))
      const again = run(kb, fixed, fixedNames)
      if (again.size) {
        used = fixed
        names = fixedNames
        groups = again
        corrected = fixed.join(' ')
      }
    }
  }
  const ordered = SEARCH_KINDS.filter((k) => groups.has(k)).map((kind) => ({ kind, hits: groups.get(kind)! }))
  const first = names[0]
  const best = first ? ordered.flatMap((g) => g.hits).find((h) => h.kind === first.kind && h.key === first.key) : bestByText(ordered)
  return {
    query,
    words: used,
    ...(corrected ? { corrected } : {}),
    groups: ordered,
    ...(best ? { best } : {}),
    suggestions: ordered.length ? [] : suggest(kb, words),
  }
}

/** Whether the words together match any document's text (names aside). */
function matchesText(kb: KnowledgeBase, words: string[]): boolean {
  const stmt = indexed(kb, 'anyMatchStatement', () => kb.db.prepare<[string]>('SELECT 1 FROM search WHERE search MATCH ? LIMIT 1'))
  return stmt.get(toMatch(words)) !== undefined
}

/**
 * Without a name to go by, a hit whose title carries the words (a glossary
 * term, a guide) says more than a treatment that mentions them in passing.
 */
function bestByText(groups: { kind: SearchKind; hits: SearchHit[] }[]): SearchHit | undefined {
  const hits = groups.flatMap((g) => g.hits)
  return hits.find((h) => h.kind !== 'treatment' && h.snippet.some((s) => s.mark) && titleMarked(h)) ?? hits[0]
}

function titleMarked(h: SearchHit): boolean {
  const marked = h.snippet.filter((s) => s.mark).map((s) => queryWords(s.text).join(' '))
  const title = queryWords(h.title).join(' ')
  return marked.some((m) => m && title.includes(m))
}
