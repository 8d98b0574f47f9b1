// The plan builder's data: what it needs about each treatment and pair, the
// client's limits, the dated sessions, and the rules a session breaks.
import type { PairDecision } from '../combinations/combination-types'

/** Up to five treatments in one plan, as the handout prints. */
export const PLAN_MAX_TREATMENTS = 5
/** Days before the client's event kept free of downtime unless the practitioner says otherwise. */
export const DEFAULT_EVENT_DAYS_BEFORE = 14
/** The furthest a proposal looks ahead from the start date for a free day. */
export const PLAN_HORIZON_DAYS = 3 * 366

export interface PlanTreatment {
  slug: string
  name: string
  /** Sessions in the course, proposed at the minimum the handbook gives. */
  sessions: { min: number; max: number }
  /** Fewest days between two sessions of this treatment (its interval's lower end), 0 for a single session. */
  intervalDays: number
  /** The longest downtime the handbook gives for one session, in days (the cautious figure). */
  downtimeDays: number
}

export interface Deferral {
  slug: string
  /** The day the screening's wait ends; absent for an ongoing condition (no end date). */
  until?: string
}

export interface PlanLimits {
  start: string
  event?: { date: string; daysBefore: number }
  /** Total downtime the client can accept over the whole plan, in days. */
  downtimeBudgetDays?: number
  deferrals: Deferral[]
}

export interface PlanSession {
  /** "<slug>#<n>", n counting that treatment's sessions in date order from 1. */
  id: string
  slug: string
  n: number
  date: string
}

export type ViolationKind =
  'pair-gap' | 'same-visit' | 'same-visit-no-data' | 'interval' | 'event' | 'deferral' | 'deferred-ongoing' | 'before-start' | 'downtime-budget'

export interface PlanViolation {
  sessionId: string
  kind: ViolationKind
  message: string
  /** Why the rule exists, in the sources' terms (pair rules only). */
  why?: string
  /** The combination rule(s) broken, with their references and any conflict between sources. */
  ruleIds: string[]
  refs: string[]
  conflict: PairDecision['conflict']
}

export interface PlanInput {
  treatments: PlanTreatment[]
  /** The resolved decision for any two of them (order of the arguments does not matter). */
  pair(x: string, y: string): PairDecision
  limits: PlanLimits
}
