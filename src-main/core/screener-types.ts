// Result shapes of 'screener/run', produced by the core. Pure types: the renderer words each rule and
// reason itself (src-renderer/src/lib/screener-words.ts); core only decides.
import type { Category, FitzpatrickType, Reference } from './content/schema'
import type { Stance } from './safety/properties'
import type { ContestedPolicy } from './user-data/settings-options'
import type { CandidateProfile } from './screener-profile'

type Level = 'low' | 'moderate' | 'high' | 'very-high'

/** Which rule produced a finding; each rule says where the treatment lands. */
export type ScreenRule =
  /** The matrix says "exclude" for a condition the client has → excluded. */
  | 'absolute-contraindication'
  /** The matrix says "defer" → deferred until the condition has passed (and its wait, for a dated one). */
  | 'temporary-contraindication'
  /** The matrix says "caution" → stays possible with the precaution shown. */
  | 'relative-contraindication'
  /** The matrix says "none": the condition was considered and no interaction is known → information. */
  | 'no-known-interaction'
  /** Sources disagree about the wait and the policy shows it as a caution once the shortest cited wait is over. */
  | 'contested-wait'
  /** A dated condition whose wait has passed → information only. */
  | 'wait-over'
  /**
   * A caution for a dated condition that is no longer current: its date lies further back than the longest
   * wait the matrix gives for that condition → information only.
   */
  | 'caution-lapsed'
  /** The knowledge base holds no decision for this condition and treatment → shown as "no data", never as safe. */
  | 'no-data'
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
  /** Whole months and days from today to the day the deferral ends (`remainingTo`). */
  remaining?: { months: number; days: number }
  /** The day the deferral ends under the policy in force: `until`, or `minUntil` when contested waits show as a caution. */
  remainingTo?: string
}

/** The rules a condition of the safety matrix produces (or the lack of a decision for one). */
export type ConditionRule = Extract<
  ScreenRule,
  | 'absolute-contraindication'
  | 'temporary-contraindication'
  | 'relative-contraindication'
  | 'no-known-interaction'
  | 'contested-wait'
  | 'wait-over'
  | 'caution-lapsed'
  | 'no-data'
>

/**
 * The facts one variant does not carry, typed `never` so reading them on the
 * union stays legal (`f.wait?.until`) while setting them on the wrong rule fails.
 */
type Absent<K extends PropertyKey> = { [P in K]?: never }
type FindingFacts = 'contraindication' | 'conflict' | 'wait' | 'skinType' | 'downtime'

interface FindingBase {
  /** 'caution' and 'high' are cautions; 'info' explains; 'block' excludes or defers. */
  level: 'info' | 'caution' | 'high' | 'block'
  /** The treatment's own note on this point. */
  note?: string
  /** Reference ids supporting the finding, resolved in ScreeningResult.references. */
  refs: string[]
}

/** The condition a matrix finding is about. */
export interface ConditionRef {
  id: string
  name: string
  /** The cell's stance. */
  stance: Stance
  /** Where the decision came from: the treatment's own entry or a class rule. */
  source: 'own' | 'class'
  /** For a dated condition, what its end is called ("the last dose"). */
  endLabel?: string
}

/** A finding from the safety matrix: always names its condition. */
export interface ConditionFinding extends FindingBase, Absent<Exclude<FindingFacts, 'contraindication' | 'conflict' | 'wait'>> {
  rule: ConditionRule
  contraindication: ConditionRef
  conflict?: ConflictView
  wait?: WaitView
}

export interface SkinTypeFinding extends FindingBase, Absent<Exclude<FindingFacts, 'skinType'>> {
  rule: 'skin-type-risk'
  skinType: { type: FitzpatrickType; pih: Level; scarring: Level }
}

export interface DeclinedFinding extends FindingBase, Absent<FindingFacts> {
  rule: 'injection-declined' | 'energy-device-declined'
}

export interface DowntimeFinding extends FindingBase, Absent<Exclude<FindingFacts, 'downtime'>> {
  rule: 'downtime-too-long' | 'downtime-range'
  downtime: { min: number; max: number; accepted: number }
}

/** One finding, keyed by the rule that produced it; each rule carries exactly the facts it is said with. */
export type Finding = ConditionFinding | SkinTypeFinding | DeclinedFinding | DowntimeFinding

type ReasonFacts = 'concern' | 'age' | 'glogau' | 'skinType' | 'downtime' | 'cautions' | 'evidence'
type ReasonBase<Own extends ReasonFacts> = Absent<Exclude<ReasonFacts, Own>> & {
  points: number
  fits: boolean
}

/** One line of "why it ranks here", with the points it added or took away; keyed by `kind`. */
export type RankReason =
  | (ReasonBase<'concern'> & { kind: 'concern'; concern: { id: string; name: string; strength: 'strong' | 'moderate' | 'mild'; importance: number } })
  | (ReasonBase<'age'> & { kind: 'age'; age: { value: number; min: number; max: number } })
  | (ReasonBase<'glogau'> & { kind: 'glogau'; glogau: { value: number; classes: number[] } })
  | (ReasonBase<'skinType'> & { kind: 'skin-type'; skinType: { type: FitzpatrickType; pih: Level; scarring: Level } })
  | (ReasonBase<'downtime'> & { kind: 'downtime'; downtime: { min: number; max: number; accepted?: number } })
  | (ReasonBase<'cautions'> & { kind: 'cautions'; cautions: number })
  | (ReasonBase<'evidence'> & { kind: 'evidence'; evidence: 'A' | 'B' | 'C' })

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
  /** The contested-wait policy this screening followed. */
  policy: ContestedPolicy
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
