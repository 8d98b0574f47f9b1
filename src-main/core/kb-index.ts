// The tables derived from one open knowledge base (parsed records, lookup maps,
// spelling terms, prepared statements), each built on first use by the module
// that owns it and kept for as long as that knowledge base is open. Each entry
// is a named field with its own type, so a misspelt entry does not compile and
// no reader casts; the index lives in a WeakMap keyed by the knowledge base, so
// two open knowledge bases (tests open several) never share an entry.
import type Database from 'better-sqlite3'
import type { TreatmentEntry } from './catalog'
import type { Changelog } from './content/changelog'
import type { Contraindication } from './content/schema'
import type { KnowledgeBase } from './knowledge-base'
import type { Concern, GlossaryEntry, GuidesView, MetaInfo, Reference, SafetyMatrixView, Taxonomy } from './result-types'
import type { ChecklistStatement } from './plan/plan-checklist'
import type { ScreenerTables } from './screener'
import type { SearchRow } from './search'
import type { NameEntry, SortedNames } from './search-names'
import type { Term } from './spelling'

export interface KnowledgeBaseIndex {
  // catalog.ts, concerns.ts, guides.ts, safety-matrix.ts: parsed records and what the lists show.
  /** Every treatment record with its deepest layer, in name order. */
  treatments: TreatmentEntry[]
  treatmentsBySlug: Map<string, TreatmentEntry>
  taxonomy: Taxonomy
  /** What the knowledge base is: versions, counts, read once for app/start. */
  meta: MetaInfo
  /** What changed since the previous release (about 110 KB of JSON), parsed only when About or a treatment page asks. */
  changelog: Changelog | null
  /** Every reference, in citation order. */
  references: Reference[]
  concerns: Concern[]
  guides: GuidesView
  glossary: GlossaryEntry[]
  safetyMatrix: SafetyMatrixView

  // screener.ts: everything one screening reads besides its rules.
  screener: ScreenerTables

  // plan/plan-checklist.ts: the pre-treatment checklist's statements and conditions, by condition id.
  checklistStatements: Map<string, ChecklistStatement>
  checklistConditions: Map<string, Contraindication>

  // search.ts: full-text search, its spelling terms and its statements.
  spellTerms: Term[]
  /** Each normalised treatment name, alias and brand → the treatments it names exactly. */
  exactNames: Map<string, Set<string>>
  treatmentNames: string[]
  /** Words of treatment names, aliases and brands, for spelling correction. */
  nameTerms: Term[]
  /** Binds a word and the word + U+FFFF: any spelling term in that range. */
  prefixStatement: Database.Statement<[string, string]>
  /** Binds an FTS5 match: the best 200 documents. */
  searchStatement: Database.Statement<[string], SearchRow>
  /** Binds the match and a JSON list of rowids: a snippet for each of those rows. */
  snippetStatement: Database.Statement<[{ match: string; ids: string }], { id: number; snip: string }>
  /** Binds an FTS5 match: whether any document matches. */
  anyMatchStatement: Database.Statement<[string]>

  // search-names.ts: names of every kind of record, for matching what a query names.
  nameEntries: NameEntry[]
  /** Spaced and compact forms → the names written that way. */
  nameExact: Map<string, NameEntry[]>
  nameCompactTerms: Term[]
  nameByCompact: Map<string, NameEntry[]>
  nameSorted: SortedNames
}

const indexes = new WeakMap<KnowledgeBase, Partial<KnowledgeBaseIndex>>()

/** The entry `key` of the knowledge base's index: built by `build` the first time it is asked for, then kept. */
export function indexed<K extends keyof KnowledgeBaseIndex>(kb: KnowledgeBase, key: K, build: () => KnowledgeBaseIndex[K]): KnowledgeBaseIndex[K] {
  let index = indexes.get(kb)
  if (!index) indexes.set(kb, (index = {}))
  const found = index[key]
  if (found !== undefined) return found
  const built = build()
  index[key] = built
  return built
}
