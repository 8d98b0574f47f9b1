// Plain types and constants of combination rules (zod-free): the compiler, the
// knowledge base, the plan builder and the renderer all read these.

/** Whether two treatments may share a visit: freely, only with side a first, or not at all. */
export const SAME_DAY = ['yes', 'in-order', 'no'] as const
export type SameDay = (typeof SAME_DAY)[number]

/** Where a pair's decision comes from. 'none' is shown as "no data: use clinical judgement", never as compatible. */
export type PairSource = 'specific' | 'class' | 'none'

export interface PairPosition {
  stance: string
  /** Days from a session of `first` to a later one of `second`, and back. */
  gapFirstThenSecond: number
  gapSecondThenFirst: number
  refs: string[]
}

/**
 * The resolved decision for one unordered pair, stored with `first` < `second`
 * alphabetically. Gaps are null and sameDay is 'unknown' when no rule decides.
 */
export interface PairDecision {
  first: string
  second: string
  source: PairSource
  ruleIds: string[]
  sameDay: SameDay | 'unknown'
  /** With sameDay 'in-order': the slug that goes first at a shared visit. */
  sameDayFirst: string | null
  gapFirstThenSecond: number | null
  gapSecondThenFirst: number | null
  why: string
  refs: string[]
  conflict: { summary: string; positions: PairPosition[] } | null
}

export const NO_DATA_WHY = 'No data: use clinical judgement. No source this handbook holds addresses combining these two.'

export const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`)
