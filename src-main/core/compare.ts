import type { Comparison, ComparisonRow, Highlight, Taxonomy } from './result-types'
import { glogauNumeral } from '../../src-shared/taxonomy'
import { taxonomy, treatmentsBySlug, toSummary } from './catalog'
import type { FitzpatrickType, SafetyDecision, Treatment } from './content/schema'
import type { KnowledgeBase } from './knowledge-base'

const RISK_RANK = { low: 0, moderate: 1, high: 2, 'very-high': 3 } as const
const FREQ_SHOWN = new Set(['very-common', 'common'])
const range = (r: { min: number; max: number } | undefined, unit: string) =>
  !r ? '—' : r.min === r.max ? `${r.min} ${r.min === 1 ? unit.replace(/s$/, '') : unit}` : `${r.min}–${r.max} ${unit}`

/** Index of the column(s) holding the extreme value, or none when all columns tie. */
function extreme(values: number[], pick: 'max' | 'min'): number[] {
  if (values.length < 2) return []
  const target = pick === 'max' ? Math.max(...values) : Math.min(...values)
  const at = values.flatMap((v, i) => (v === target ? [i] : []))
  return at.length === values.length ? [] : at
}

function depthCell(t: Treatment): string[] {
  const typical = t.depth.typical
  if (!typical) return [`${t.depth.minMm}–${t.depth.maxMm} mm`, t.depth.setting]
  return [`${typical.minMm}–${typical.maxMm} mm typical`, typical.note, `Device or setting maximum ${t.depth.maxMm} mm: ${t.depth.setting}`]
}

/** The name of the record with this id, or the id when there is none. */
const nameIn = <T extends { id: string; name: string }>(list: T[], id: string) => list.find((x) => x.id === id)?.name ?? id

/** Adds one aligned row: a cell per column, whether they differ, and the extreme column(s) when there are any. */
type AddRow = (id: string, label: string, cell: (t: Treatment) => string[], highlight?: Highlight) => void

/**
 * The comparison model: one column per treatment in the order given, rows
 * aligned field by field, which rows differ, and which column is the
 * extreme (deepest, longest downtime, most sessions, fastest onset, highest
 * pigmentation risk for the chosen skin type).
 */
export function buildComparison(kb: KnowledgeBase, slugs: string[], fitzpatrick?: FitzpatrickType): Comparison {
  const bySlug = treatmentsBySlug(kb)
  const unique = [...new Set(slugs)]
  const found = unique.flatMap((s) => (bySlug.has(s) ? [bySlug.get(s)!] : []))
  const missing = unique.filter((s) => !bySlug.has(s))
  const rows = comparisonRows(
    found.map((x) => x.treatment),
    taxonomy(kb),
    fitzpatrick,
  )
  const columns = found.map((x) => toSummary(x.treatment, x.deepestLayer))
  const depthOrder = [...columns].sort((a, b) => a.typicalMaxMm - b.typicalMaxMm || a.typicalMinMm - b.typicalMinMm).map((c) => c.slug)
  return { columns, missing, rows, depthOrder, ...(fitzpatrick ? { fitzpatrick } : {}) }
}

function comparisonRows(ts: Treatment[], tax: Taxonomy, fitzpatrick: FitzpatrickType | undefined): ComparisonRow[] {
  const rows: ComparisonRow[] = []
  const row: AddRow = (id, label, cell, highlight) => {
    const values = ts.map(cell)
    const differs = new Set(values.map((v) => JSON.stringify(v))).size > 1
    rows.push({ id, label, values, differs, ...(highlight && highlight.columns.length ? { highlight } : {}) })
  }
  effectRows(row, ts, tax)
  courseRows(row, ts)
  riskRows(row, tax)
  fitzpatrickRow(row, ts, fitzpatrick)
  // The row that decides for this client comes first, where it cannot be missed (nor land on the last printed page).
  if (fitzpatrick) rows.unshift(rows.pop()!)
  row('evidence', 'Evidence level', (t) => [`${t.evidence.level}: ${t.evidence.note}`])
  return rows
}

/** How it works and where: mechanisms, depth, layers and the concerns it treats. */
function effectRows(row: AddRow, ts: Treatment[], tax: Taxonomy): void {
  row('mechanisms', 'Mechanisms', (t) => t.mechanisms.map((m) => `${nameIn(tax.mechanisms, m.id)}${m.role === 'secondary' ? ' (secondary)' : ''}`))
  // "Deepest" goes by where a treatment usually acts, not by its longest needle or highest setting.
  const typicalMax = (t: Treatment) => t.depth.typical?.maxMm ?? t.depth.maxMm
  row('depth', 'Depth reached', (t) => depthCell(t), {
    kind: 'deepest',
    label: 'Deepest (typical)',
    columns: extreme(ts.map(typicalMax), 'max'),
  })
  row('layers', 'Layers', (t) => t.depth.layers.map((id) => nameIn(tax.layers, id)))
  row('concerns', 'Concerns', (t) => t.concerns.map((c) => `${nameIn(tax.concerns, c.id)} (${c.strength})`))
}

/** The course: sessions, interval, downtime, when results show and how long they last, discomfort. */
function courseRows(row: AddRow, ts: Treatment[]): void {
  row('sessions', 'Sessions', (t) => [range(t.sessions, 'sessions')], {
    kind: 'most-sessions',
    label: 'Most sessions',
    columns: extreme(
      ts.map((t) => t.sessions.max),
      'max',
    ),
  })
  row('interval', 'Interval', (t) => [t.intervalWeeks ? `every ${range(t.intervalWeeks, 'weeks')}` : 'single session'])
  row('downtime', 'Downtime', (t) => [t.downtimeDays.max === 0 ? 'none' : range(t.downtimeDays, 'days')], {
    kind: 'longest-downtime',
    label: 'Longest downtime',
    columns: extreme(
      ts.map((t) => t.downtimeDays.max),
      'max',
    ),
  })
  row('onset', 'Results show', (t) => [`after ${range(t.onsetWeeks, 'weeks')}`], {
    kind: 'fastest-onset',
    label: 'Fastest onset',
    columns: extreme(
      ts.map((t) => t.onsetWeeks.min),
      'min',
    ),
  })
  row('duration', 'Results last', (t) => [range(t.durationMonths, 'months')])
  row('discomfort', 'Discomfort', (t) => [t.discomfort])
}

/** Risks by frequency, who it suits, and the conditions that exclude it, defer it or need caution. */
function riskRows(row: AddRow, tax: Taxonomy): void {
  row('risks', 'Common risks', (t) => t.risks.filter((r) => FREQ_SHOWN.has(r.frequency)).map((r) => `${r.name} (${r.frequency.replace('-', ' ')})`))
  row('rare-risks', 'Uncommon and rare risks', (t) =>
    t.risks.filter((r) => !FREQ_SHOWN.has(r.frequency)).map((r) => `${r.name} (${r.frequency.replace('-', ' ')})`),
  )
  row('candidate', 'Candidate', (t) => [
    `Age ${t.candidate.ageMin}–${t.candidate.ageMax}; Glogau ${t.candidate.glogau.map(glogauNumeral).join(', ')}`,
    t.candidate.profile,
  ])
  // The safety matrix decides every condition; "none" cells are left out here, the other three are each a row.
  const byStance = (t: Treatment, stance: SafetyDecision['stance']) => t.contraindications.filter((c) => c.stance === stance)
  const condition = (id: string) => nameIn(tax.contraindications, id)
  row('exclude', 'Conditions that exclude it', (t) => byStance(t, 'exclude').map((c) => condition(c.id)))
  row('defer', 'Conditions that defer it', (t) =>
    byStance(t, 'defer').map(
      (c) =>
        `${condition(c.id)}${c.waitMonths ? ` (wait ${c.waitMonths} months${c.minWaitMonths !== undefined ? `; sources disagree, shortest ${c.minWaitMonths}` : ''})` : ''}`,
    ),
  )
  row('caution', 'Conditions that need caution', (t) => byStance(t, 'caution').map((c) => condition(c.id)))
}

/** The chosen skin type's pigmentation and scarring risk, or every type's pigmentation risk until one is chosen. */
function fitzpatrickRow(row: AddRow, ts: Treatment[], fitzpatrick: FitzpatrickType | undefined): void {
  if (!fitzpatrick) {
    // No skin type is assumed: the row lists every type's pigmentation risk until one is chosen.
    row('fitzpatrick', 'Skin type: not chosen — pigmentation risk by Fitzpatrick type', (t) =>
      (Object.keys(t.fitzpatrick) as FitzpatrickType[]).map((k) => `${k}: ${t.fitzpatrick[k].pih}`),
    )
    return
  }
  row(
    'fitzpatrick',
    `Fitzpatrick ${fitzpatrick}: pigmentation / scarring`,
    (t) => [`${t.fitzpatrick[fitzpatrick].pih} / ${t.fitzpatrick[fitzpatrick].scarring}`],
    {
      kind: 'highest-pih',
      label: `Highest pigmentation risk (type ${fitzpatrick})`,
      columns: extreme(
        ts.map((t) => RISK_RANK[t.fitzpatrick[fitzpatrick].pih]),
        'max',
      ),
    },
  )
}
