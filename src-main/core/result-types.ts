// Result shapes of the API, produced by the core. Pure types: api/types.ts re-exports them for the renderer.
import type { Change, Changelog } from './content/changelog'
import type {
  Category,
  Concern,
  Contraindication,
  FitzpatrickType,
  GlossaryEntry,
  Guide,
  Layer,
  Mechanism,
  MechanismId,
  Reference,
  SafetyDecision,
  Treatment,
} from './content/schema'

export type { Change, Changelog }
export type { SafetyDecision, Category, Concern, Contraindication, FitzpatrickType, GlossaryEntry, Guide, Layer, Mechanism, MechanismId, Reference, Treatment }

export interface Range {
  min: number
  max: number
  note?: string
}

export interface MetaInfo {
  schemaVersion: number
  contentVersion: string
  contentHash: string
  /** The day this content version was completed. */
  contentDate?: string
  /** How many references of each type back the content, most first. */
  referenceTypes: { type: Reference['type']; count: number }[]
  /** Whether this version records what changed since the previous release (read it with `meta/changelog`). */
  hasChangelog: boolean
  counts: Record<'treatments' | 'mechanisms' | 'layers' | 'concerns' | 'contraindications' | 'references' | 'glossary' | 'guides', number>
}

export interface TreatmentSummary {
  slug: string
  name: string
  category: Category
  summary: string
  aliases: string[]
  brands: string[]
  depthMinMm: number
  depthMaxMm: number
  /** Where the treatment usually acts; equal to the range above unless the source gives a shallower typical depth. */
  typicalMinMm: number
  typicalMaxMm: number
  deepestLayer: string
  layers: string[]
  mechanisms: Treatment['mechanisms']
  concerns: Treatment['concerns']
  downtimeDays: Range
  sessions: Range
  fitzpatrick: Treatment['fitzpatrick']
  evidenceLevel: Treatment['evidence']['level']
}

export interface ConcernTreatment {
  summary: TreatmentSummary
  strength: Treatment['concerns'][number]['strength']
}

/** One concern's page: the concern, and the treatments that address it, strongest and best-evidenced first. */
export interface ConcernPage {
  concern: Concern
  broader?: { id: string; name: string }
  /** True when no treatment names this concern and the list is the broader concern's. */
  borrowed: boolean
  treatments: ConcernTreatment[]
  references: Reference[]
}

export interface Facets {
  mechanism: Record<string, number>
  category: Record<string, number>
  concern: Record<string, number>
  layer: Record<string, number>
  fitzpatrick: Record<string, number>
}

export interface CatalogList {
  items: TreatmentSummary[]
  total: number
  facets: Facets
}

export interface Taxonomy {
  layers: Layer[]
  mechanisms: Mechanism[]
  concerns: Concern[]
  contraindications: Contraindication[]
  categories: Category[]
  /** Every treatment's name, for labels anywhere (compare tray, notes) without loading the record. */
  treatments: { slug: string; name: string; category: Category }[]
}

export interface TreatmentView {
  treatment: Treatment
  references: Reference[]
  deepestLayer: string
}

/** `category` hits name a whole group of treatments; their key is the treatment list's filter ("category=peel"). */
export type SearchKind = 'category' | 'treatment' | 'mechanism' | 'concern' | 'glossary' | 'guide' | 'layer'
/** A piece of snippet text; marked pieces matched the query. Rendered as text, never as HTML. */
export interface Segment {
  text: string
  mark: boolean
}
export interface SearchHit {
  kind: SearchKind
  key: string
  title: string
  snippet: Segment[]
}
export interface SearchResult {
  query: string
  /** The words actually searched for (after spelling correction). */
  words: string[]
  /** Set when a word was unknown and its closest spelling was searched instead. */
  corrected?: string
  groups: { kind: SearchKind; hits: SearchHit[] }[]
  /** The one hit the query most likely means (a name, brand, synonym or category it names), opened by Enter. */
  best?: SearchHit
  /** Offered when nothing matched. */
  suggestions: string[]
}

export interface GuidesView {
  guides: Guide[]
  references: Reference[]
}

export interface Highlight {
  kind: 'deepest' | 'longest-downtime' | 'most-sessions' | 'fastest-onset' | 'highest-pih'
  label: string
  /** Column indexes holding the extreme; empty when every column ties. */
  columns: number[]
}
export interface ComparisonRow {
  id: string
  label: string
  /** One list of lines per column, in column order. */
  values: string[][]
  differs: boolean
  highlight?: Highlight
}
export interface Comparison {
  columns: TreatmentSummary[]
  /** Requested slugs this knowledge base does not hold. */
  missing: string[]
  rows: ComparisonRow[]
  /** Column slugs from shallowest to deepest. */
  depthOrder: string[]
  /** The client's skin type when one was chosen; its row then comes first. Never assumed. */
  fitzpatrick?: FitzpatrickType
}

/**
 * The resolved safety matrix, for the safety grid and the condition pages:
 * one row per treatment, one cell per condition in `conditions` order. A null
 * cell means the knowledge base holds no decision and is shown as "no data".
 */
export interface SafetyMatrixView {
  conditions: Contraindication[]
  rows: { slug: string; name: string; category: Category; cells: (SafetyDecision | null)[] }[]
  /** Every reference a cell or a condition cites. */
  references: Reference[]
}
