// Every number the screener ranks and sorts with, named, with the reason for
// its size. Safety is decided by rules (screener-rules.ts), never by points:
// points only order treatments that are already safe for the client.
import type { EVIDENCE_LEVELS, RISK_LEVELS, STRENGTHS } from './content/schema'

type Strength = (typeof STRENGTHS)[number]
type Risk = (typeof RISK_LEVELS)[number]

/**
 * What a treatment earns for one of the client's concerns. The knowledge base
 * grades efficacy in three steps; a linear scale keeps "strong" worth as much
 * as a "moderate" plus a "mild", so breadth can compete with depth.
 */
export const STRENGTH_POINTS: Record<Strength, number> = { strong: 3, moderate: 2, mild: 1 }

/**
 * Concerns are ordered by importance. The n-th concern (0-based) is weighted
 * 1 / (1 + IMPORTANCE_DECAY × n): 1, 0.67, 0.5, 0.4 … The first concern leads,
 * but a strong match on the second (3 × 0.67 = 2) equals a moderate match on
 * the first, which is how practitioners trade them off when planning.
 */
export const IMPORTANCE_DECAY = 0.5
export const importanceWeight = (index: number): number => 1 / (1 + IMPORTANCE_DECAY * index)

/**
 * The age band and Glogau classes in a treatment's candidate profile describe
 * whom the sources studied and treat, not a contraindication, so falling
 * outside them ranks a treatment down instead of ruling it out. Half a strong
 * main-concern match: enough to reorder close options, never to bury the only
 * treatment that addresses the concern.
 */
export const AGE_OUTSIDE_BAND_PENALTY = 1.5
export const GLOGAU_OUTSIDE_PENALTY = 1

/**
 * Skin-type risk for the client's Fitzpatrick type. Pigmentation change after
 * treatment is usually temporary and manageable with priming and settings, so
 * it costs less than the same grade of scarring risk, which is permanent.
 * Very-high scarring, and high-or-worse pigmentation together with high-or-worse
 * scarring, exclude instead (see screener-rules.ts), so they have no points here.
 */
export const PIH_PENALTY: Record<Risk, number> = { low: 0, moderate: 0.5, high: 1.5, 'very-high': 3 }
export const SCARRING_PENALTY: Record<Risk, number> = { low: 0, moderate: 0.5, high: 2, 'very-high': 3 }

/**
 * Each relative contraindication the client has means extra planning (antiviral
 * cover, a test patch, a prescriber's opinion). Between equally useful options
 * the one with fewer of them comes first; a small cost, so a caution never
 * outweighs a better match on what the client came for.
 */
export const RELATIVE_CAUTION_PENALTY = 0.5

/** The conservative sources still say "wait": ranks the treatment below equal options that need no such discussion. */
export const CONTESTED_WAIT_PENALTY = 1

/** The treatment fits the downtime the client accepts only at its gentle end. */
export const DOWNTIME_RANGE_PENALTY = 1

/** Better-evidenced treatments win ties; never more than a mild concern match. */
export const EVIDENCE_BONUS: Record<(typeof EVIDENCE_LEVELS)[number], number> = { A: 0.5, B: 0.25, C: 0 }

/** Scores are rounded for display and stable sorting (floating sums otherwise differ in the last digit). */
export const roundScore = (n: number): number => Math.round(n * 100) / 100
