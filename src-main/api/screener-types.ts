// Result shapes of 'screener/run'. Pure types: the renderer words each rule and
// reason itself (src-renderer/src/lib/screener-words.ts); core only decides.
import type { Category, FitzpatrickType, Reference } from '../core/content/schema'
import type { CandidateProfile } from './screener-profile'

type Level = 'low' | 'moderate' | 'high' | 'very-high'

/** Which rule produced a finding; each rule says where the treatment lands. */
export type ScreenRule =
  /** Absolute, lasting contraindication → excluded. */
  | 'absolute-contraindication'
  /** Temporary contraindication (absolute or relative) → deferred. */
  | 'temporary-contraindication'
  /** Relative, lasting contraindication → caution. */
  | 'relative-contraindication'
  /** The conservative wait is not over but a cited position needs no longer wait → caution with the conflict. */
  | 'contested-wait'
  /** A time-limited condition whose wait has passed → information only. */
  | 'wait-over'
  /** Pigmentation or scarring risk for this Fitzpatrick type → caution, or excluded when both are high. */
  | 'skin-type-risk'
  | 'injection-declined'
  | 'energy-device-declined'
  /** Even the shortest downtime is longer than the client accepts → excluded. */
  | 'downtime-too-long'
  /** Downtime fits only at the gentle end of the range → caution. */
  | 'downtime-range'

export interface ConflictView {
  summary: string
  positions: { stance: string; refs: string[] }[]
}

export interface WaitView {
  /** The conservative wait in months after the condition ends. */
  months: number
  /** The shortest wait a cited position supports, when sources disagree. */
  minMonths?: number
  /** The day the condition last applied, when the profile gives it. */
  since?: string
  /** since + months; absent without a date. */
  until?: string
  /** since + minMonths. */
  minUntil?: string
  /** Whole months and days from today to `until` (or to `minUntil` while that is still ahead). */
  remaining?: { months: number; days: number }
}

export interface Finding {
  rule: ScreenRule
  /** 'caution' and 'high' are cautions; 'info' explains; 'block' excludes or defers. */
  level: 'info' | 'caution' | 'high' | 'block'
  /** Set when the finding comes from one of the treatment's contraindication entries. */
  contraindication?: { id: string; name: string; severity: 'absolute' | 'relative'; temporary: boolean }
  /** The treatment's own note on this point. */
  note?: string
  /** Reference ids supporting the finding, resolved in ScreeningResult.references. */
  refs: string[]
  conflict?: ConflictView
  wait?: WaitView
  skinType?: { type: FitzpatrickType; pih: Level; scarring: Level }
  downtime?: { min: number; max: number; accepted: number }
}

/** One line of "why it ranks here", with the points it added or took away. */
export interface RankReason {
  kind: 'concern' | 'age' | 'glogau' | 'skin-type' | 'downtime' | 'cautions' | 'evidence'
  points: number
  fits: boolean
  concern?: { id: string; name: string; strength: 'strong' | 'moderate' | 'mild'; importance: number }
  age?: { value: number; min: number; max: number }
  glogau?: { value: number; classes: number[] }
  skinType?: { type: FitzpatrickType; pih: Level; scarring: Level }
  downtime?: { min: number; max: number; accepted?: number }
  cautions?: number
  evidence?: 'A' | 'B' | 'C'
}

export interface ScreenedTreatment {
  slug: string
  name: string
  category: Category
  summary: string
  involvesInjection: boolean
  usesEnergyDevice: boolean
  downtimeDays: { min: number; max: number }
  score: number
  reasons: RankReason[]
  /** Cautions and information, shown inline. */
  cautions: Finding[]
  /** Why it is deferred or excluded (empty for suitable ones). */
  blocks: Finding[]
}

export interface ScreeningResult {
  today: string
  profile: CandidateProfile
  /** Ranked, best first. */
  suitable: ScreenedTreatment[]
  /** Not excluded, but addressing none of the chosen concerns (empty when no concern is chosen); deferred ones keep their blocks. */
  unmatched: ScreenedTreatment[]
  /** Not now: a temporary condition applies; ranked as they would be once it has passed. */
  deferred: ScreenedTreatment[]
  /** Not for this client; sorted by name. */
  excluded: ScreenedTreatment[]
  /** Every reference cited anywhere in the result. */
  references: Record<string, Reference>
}
