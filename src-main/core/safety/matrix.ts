// The whole safety matrix of a content set, resolved and checked in one place,
// so the compiler, the benchmark's synthetic knowledge bases and the tests agree.
import type { ContentError } from '../content/content-error'
import type { ContentSet } from '../content/load-content'
import type { SafetyDecision } from '../content/schema'
import { checkCategoryConsistency, checkCompleteness, checkDeclarations, checkRiskOrder, type SafetyInput } from './check'
import { inConsultationOrder } from './consultation-order'
import { resolveRow, type ResolvedRow } from './resolve'

/** slug → the treatment's decision for every condition, in the conditions' order. */
export type SafetyMatrix = Map<string, SafetyDecision[]>

export function resolveMatrix(c: ContentSet): { matrix: SafetyMatrix; errors: ContentError[] } {
  // Rows list conditions in consultation order, so every page and handout reads them as a practitioner asks.
  const conditions = inConsultationOrder(c.contraindications)
  const rows = new Map<string, ResolvedRow>(c.treatments.map((t) => [t.slug, resolveRow(t, conditions)]))
  const input: SafetyInput = {
    treatments: c.treatments,
    conditions,
    rows,
    fileOf: (kind, key) => c.origin.get(`${kind}:${key}`) ?? '?',
  }
  const declared = checkDeclarations(input)
  // The order checks read decisions that must first exist and name real conditions.
  const errors = declared.length ? declared : [...checkCompleteness(input), ...checkRiskOrder(input), ...checkCategoryConsistency(input)]
  return { matrix: new Map([...rows].map(([slug, row]) => [slug, row.decisions])), errors }
}

/** How many cells each source decided, for the compiler's report. */
export function matrixCounts(matrix: SafetyMatrix): { own: number; class: number } {
  const all = [...matrix.values()].flat()
  const own = all.filter((d) => d.source === 'own').length
  return { own, class: all.length - own }
}
