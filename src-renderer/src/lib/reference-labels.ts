// How a reference's kind and date are written wherever a citation is shown.
import type { Reference } from '../../../src-main/api/types'

export const REFERENCE_TYPE_LABELS: Record<Reference['type'], string> = {
  guideline: 'Guideline',
  'systematic-review': 'Systematic review',
  review: 'Review',
  rct: 'Randomised trial',
  cohort: 'Cohort study',
  'case-series': 'Case series',
  'product-label': 'Product label',
  textbook: 'Textbook',
  'reference-site': 'Reference site',
  'clinic-page': 'Clinic page',
}

/** "2019" or, for a page that shows no date, "undated, accessed 2026-11-21" — never the year it was read. */
export function referenceDate(r: Pick<Reference, 'year' | 'accessed'>): string {
  return r.year === 'undated' ? `undated${r.accessed ? `, accessed ${r.accessed}` : ''}` : String(r.year)
}

/** The muted note after a citation: "(2019, Review)". */
export function referenceNote(r: Pick<Reference, 'year' | 'accessed' | 'type'>): string {
  return `${referenceDate(r)}, ${REFERENCE_TYPE_LABELS[r.type] ?? r.type}`
}

// Strongest kind of evidence first: what a safety fact's badge names first.
const STRENGTH: readonly Reference['type'][] = [
  'guideline',
  'systematic-review',
  'rct',
  'product-label',
  'cohort',
  'review',
  'case-series',
  'textbook',
  'reference-site',
  'clinic-page',
]

/** The kinds of evidence behind a fact, strongest first and each once: "Systematic review · Clinic page". */
export function evidenceTypes(refs: readonly Pick<Reference, 'type'>[]): string {
  const present = new Set(refs.map((r) => r.type))
  return STRENGTH.filter((t) => present.has(t))
    .map((t) => REFERENCE_TYPE_LABELS[t])
    .join(' · ')
}
