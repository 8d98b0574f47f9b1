import type { CatalogFilters } from './catalog-filters'
import type { CatalogList, Facets, MetaInfo, Taxonomy, TreatmentSummary, TreatmentView } from './result-types'
import type { Changelog } from './content/changelog'
import { CATEGORIES, FITZPATRICK_TYPES, type FitzpatrickType, type Reference, type Treatment } from './content/schema'
import { HandbookError } from './handbook-error'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'

type Row = { record: string; deepest_layer: string }

/** A treatment record and the deepest layer its maximum depth reaches. */
export interface TreatmentEntry {
  treatment: Treatment
  deepestLayer: string
}

/** Every treatment record, parsed once per open knowledge base. */
export function allTreatments(kb: KnowledgeBase): TreatmentEntry[] {
  return indexed(kb, 'treatments', () =>
    (kb.db.prepare('SELECT record, deepest_layer FROM treatments ORDER BY name COLLATE NOCASE').all() as Row[]).map((r) => ({
      treatment: JSON.parse(r.record) as Treatment,
      deepestLayer: r.deepest_layer,
    })),
  )
}

/** The same records by slug, for the lookups of one or a few treatments. */
export function treatmentsBySlug(kb: KnowledgeBase): Map<string, TreatmentEntry> {
  return indexed(kb, 'treatmentsBySlug', () => new Map(allTreatments(kb).map((x) => [x.treatment.slug, x])))
}

export function taxonomy(kb: KnowledgeBase): Taxonomy {
  return indexed(kb, 'taxonomy', () => {
    const records = <T>(sql: string) => (kb.db.prepare(sql).all() as { record: string }[]).map((r) => JSON.parse(r.record) as T)
    return {
      layers: records('SELECT record FROM layers ORDER BY ord'),
      mechanisms: records('SELECT record FROM mechanisms ORDER BY ord'),
      concerns: records('SELECT record FROM concerns ORDER BY name COLLATE NOCASE'),
      contraindications: records('SELECT record FROM contraindications ORDER BY name COLLATE NOCASE'),
      categories: [...CATEGORIES],
      treatments: allTreatments(kb).map(({ treatment: t }) => ({ slug: t.slug, name: t.name, category: t.category })),
    }
  })
}

/** Read once per open knowledge base: the start-up call asks for it every time the app opens. */
export function metaInfo(kb: KnowledgeBase): MetaInfo {
  return indexed(kb, 'meta', () => readMetaInfo(kb))
}

/** What changed since the previous release, or null: parsed once per open knowledge base, and only when asked (~110 KB of JSON). */
export function changelogOf(kb: KnowledgeBase): Changelog | null {
  return indexed(kb, 'changelog', () => {
    const row = kb.db.prepare("SELECT value FROM meta WHERE key = 'changelog'").get() as { value: string } | undefined
    return row ? (JSON.parse(row.value) as Changelog) : null
  })
}

function readMetaInfo(kb: KnowledgeBase): MetaInfo {
  const count = (table: string) => (kb.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  const meta = (key: string) => (kb.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value
  const byType = kb.db.prepare('SELECT type, count(*) AS n FROM refs GROUP BY type ORDER BY n DESC, type').all() as { type: Reference['type']; n: number }[]
  const date = meta('content_date')
  const hasLog = (kb.db.prepare("SELECT 1 FROM meta WHERE key = 'changelog'").get() as unknown) !== undefined
  return {
    ...kb.meta,
    ...(date ? { contentDate: date } : {}),
    hasChangelog: hasLog,
    referenceTypes: byType.map((r) => ({ type: r.type, count: r.n })),
    counts: {
      treatments: count('treatments'),
      mechanisms: count('mechanisms'),
      layers: count('layers'),
      concerns: count('concerns'),
      contraindications: count('contraindications'),
      references: count('refs'),
      glossary: count('glossary'),
      guides: count('guides'),
    },
  }
}

/**
 * A treatment counts as suitable for a Fitzpatrick type when neither its
 * pigmentation nor its scarring risk for that type is rated high: above that,
 * sources advise against it or ask for test spots and specialist settings.
 */
export function suitsFitzpatrick(t: Pick<Treatment, 'fitzpatrick'>, type: FitzpatrickType): boolean {
  const f = t.fitzpatrick[type]
  return (f.pih === 'low' || f.pih === 'moderate') && (f.scarring === 'low' || f.scarring === 'moderate')
}

export function toSummary(t: Treatment, deepestLayer: string): TreatmentSummary {
  return {
    slug: t.slug,
    name: t.name,
    category: t.category,
    summary: t.summary,
    aliases: t.aliases,
    brands: t.brands,
    depthMinMm: t.depth.minMm,
    depthMaxMm: t.depth.maxMm,
    typicalMinMm: t.depth.typical?.minMm ?? t.depth.minMm,
    typicalMaxMm: t.depth.typical?.maxMm ?? t.depth.maxMm,
    deepestLayer,
    layers: t.depth.layers,
    mechanisms: t.mechanisms,
    concerns: t.concerns,
    downtimeDays: t.downtimeDays,
    sessions: t.sessions,
    fitzpatrick: t.fitzpatrick,
    evidenceLevel: t.evidence.level,
  }
}

type FacetName = keyof Facets
const FACETS: Record<FacetName, (t: Treatment, deepest: string) => string[]> = {
  mechanism: (t) => t.mechanisms.map((m) => m.id),
  category: (t) => [t.category],
  concern: (t) => t.concerns.map((c) => c.id),
  layer: (_t, deepest) => [deepest],
  fitzpatrick: (t) => FITZPATRICK_TYPES.filter((type) => suitsFitzpatrick(t, type)),
}

function matches(t: Treatment, deepest: string, f: CatalogFilters, skip?: FacetName): boolean {
  if (skip !== 'mechanism' && f.mechanism && !t.mechanisms.some((m) => m.id === f.mechanism)) return false
  if (skip !== 'category' && f.category && t.category !== f.category) return false
  if (skip !== 'concern' && f.concern && !t.concerns.some((c) => c.id === f.concern)) return false
  if (skip !== 'layer' && f.layer && deepest !== f.layer) return false
  if (skip !== 'fitzpatrick' && f.fitzpatrick && !suitsFitzpatrick(t, f.fitzpatrick)) return false
  if (f.maxDowntimeDays !== undefined && t.downtimeDays.min > f.maxDowntimeDays) return false
  if (f.maxSessions !== undefined && t.sessions.min > f.maxSessions) return false
  return true
}

/**
 * The filtered list with facet counts. Each facet is counted with every other
 * filter applied but its own, so a count says what choosing that value gives.
 */
export function listCatalog(kb: KnowledgeBase, f: CatalogFilters): CatalogList {
  const all = allTreatments(kb)
  const facets = { mechanism: {}, category: {}, concern: {}, layer: {}, fitzpatrick: {} } as Facets
  for (const name of Object.keys(FACETS) as FacetName[]) {
    for (const { treatment, deepestLayer } of all) {
      if (!matches(treatment, deepestLayer, f, name)) continue
      for (const v of FACETS[name](treatment, deepestLayer)) facets[name][v] = (facets[name][v] ?? 0) + 1
    }
  }
  const items = all.filter((x) => matches(x.treatment, x.deepestLayer, f)).map((x) => toSummary(x.treatment, x.deepestLayer))
  return { items, total: all.length, facets }
}

export function getTreatment(kb: KnowledgeBase, slug: string): TreatmentView {
  const found = treatmentsBySlug(kb).get(slug)
  if (!found) throw new HandbookError('NOT_FOUND', `No treatment "${slug}" in this version of the handbook.`)
  const ids = new Set([
    ...found.treatment.references,
    ...found.treatment.depth.refs,
    ...(found.treatment.depth.typical?.refs ?? []),
    ...found.treatment.brandRefs,
    ...found.treatment.risks.flatMap((r) => r.refs),
    ...found.treatment.contraindications.flatMap((c) => c.refs),
  ])
  const references = referencesById(kb).filter((r) => ids.has(r.id))
  return { treatment: found.treatment, references, deepestLayer: found.deepestLayer }
}

/** Every reference record, ordered by citation as the lists show them. */
export function referencesById(kb: KnowledgeBase): Reference[] {
  return indexed(kb, 'references', () =>
    (kb.db.prepare('SELECT record FROM refs ORDER BY citation').all() as { record: string }[]).map((r) => JSON.parse(r.record) as Reference),
  )
}
