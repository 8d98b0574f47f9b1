// The safety rules of the screener: what excludes a treatment for a client,
// what defers it, what is shown as a caution. Every condition the client has is
// read from the treatment's resolved row of the safety matrix, which decides
// every condition, so no condition is ever passed over in silence.
import type { CandidateProfile } from './screener-profile'
import type { ConditionFinding, ConflictView, Finding, WaitView } from './screener-types'
import { addMonths, monthsAndDaysBetween } from './calendar'
import type { Contraindication, SafetyDecision, Treatment } from './content/schema'
import type { ContestedPolicy } from './user-data/settings-options'

type Risk = Treatment['fitzpatrick']['I']['pih']

export interface Verdict {
  /** Rules that rule the treatment out for this client. */
  exclusions: Finding[]
  /** Rules that rule it out for now. */
  deferrals: Finding[]
  /** Cautions, and the information lines (no known interaction, wait over). */
  cautions: Finding[]
}

const RISK_ORDER: Record<Risk, number> = { low: 0, moderate: 1, high: 2, 'very-high': 3 }
const atLeast = (r: Risk, floor: Risk) => RISK_ORDER[r] >= RISK_ORDER[floor]

function conflictOf(record: Contraindication | undefined): ConflictView | undefined {
  return record?.conflict && { summary: record.conflict.summary, positions: record.conflict.positions.map((p) => ({ stance: p.stance, refs: p.refs })) }
}

interface Clock {
  /** The day the condition last applied, for a dated condition whose date the profile gives. */
  since: string | undefined
  today: string
  policy: ContestedPolicy
  /** For a dated condition, the longest wait the matrix gives it: how long its cautions stay current. */
  currentMonths?: number
}

/**
 * Where a deferral stands today. The wait counts from the date only for a
 * dated condition; without a date the condition is taken as still current,
 * which is the safe reading.
 */
function waitFor(d: SafetyDecision, { since, today }: Clock): WaitView & { over: boolean; minOver: boolean } {
  const view: WaitView & { over: boolean; minOver: boolean } = { months: d.waitMonths ?? 0, over: false, minOver: d.minWaitMonths === 0 }
  if (d.minWaitMonths !== undefined) view.minMonths = d.minWaitMonths
  if (!since || d.waitMonths === undefined) return view
  view.since = since
  view.until = addMonths(since, d.waitMonths)
  view.over = view.until <= today
  if (d.minWaitMonths !== undefined) {
    view.minUntil = addMonths(since, d.minWaitMonths)
    view.minOver = view.minUntil <= today
  }
  return view
}

/**
 * One cell of the matrix for a condition the client has:
 *   exclude                         → excluded
 *   caution                         → caution
 *   caution, dated, its date further back than the longest wait the matrix gives the condition
 *                                   → information: the condition is no longer current
 *   none                            → information: considered, no known interaction
 *   defer, dated, its wait passed   → information: the wait is over
 *   defer, contested, the policy is "show as a caution" and the shortest cited wait has passed
 *                                   → caution that shows both positions
 *   defer otherwise                 → deferred, with the date it ends when the profile gives one
 * A condition with a recorded conflict carries it on every finding it produces.
 */
export function conditionFinding(d: SafetyDecision, record: Contraindication | undefined, clock: Clock): { finding: ConditionFinding; effect: keyof Verdict } {
  const base: ConditionFinding = {
    rule: 'relative-contraindication',
    level: 'caution',
    contraindication: { id: d.id, name: record?.name ?? d.id, stance: d.stance, source: d.source },
    refs: d.refs,
  }
  if (record?.dated) base.contraindication.endLabel = record.dated.endLabel
  if (d.note) base.note = d.note
  const conflict = conflictOf(record)
  if (conflict) base.conflict = conflict

  switch (d.stance) {
    case 'exclude':
      return { finding: { ...base, rule: 'absolute-contraindication', level: 'block' }, effect: 'exclusions' }
    case 'caution': {
      // A caution carries no wait of its own, but a dated condition does not stay current forever: once its date
      // lies further back than the longest wait any treatment must keep after it (a tan after 2 weeks, isotretinoin
      // after 12 months), even the most wounding treatments may go ahead, so a caution no longer applies either.
      const { since, currentMonths: months } = clock
      if (since && months !== undefined) {
        const until = addMonths(since, months)
        if (until <= clock.today) return { finding: { ...base, rule: 'caution-lapsed', level: 'info', wait: { months, since, until } }, effect: 'cautions' }
      }
      return { finding: base, effect: 'cautions' }
    }
    case 'none':
      return { finding: { ...base, rule: 'no-known-interaction', level: 'info' }, effect: 'cautions' }
    case 'defer': {
      const { over, minOver, ...wait } = waitFor(d, clock)
      const withWait = (f: ConditionFinding): ConditionFinding => (d.waitMonths === undefined && d.minWaitMonths === undefined ? f : { ...f, wait })
      if (over) return { finding: withWait({ ...base, rule: 'wait-over', level: 'info' }), effect: 'cautions' }
      if (clock.policy === 'caution' && minOver) return { finding: withWait({ ...base, rule: 'contested-wait', level: 'high' }), effect: 'cautions' }
      // Under "show as a caution" the deferral lasts only until the shortest cited wait ends, so the time to go counts to it.
      const end = clock.policy === 'caution' && wait.minUntil ? wait.minUntil : wait.until
      if (end && end > clock.today) {
        wait.remaining = monthsAndDaysBetween(clock.today, end)
        wait.remainingTo = end
      }
      return { finding: withWait({ ...base, rule: 'temporary-contraindication', level: 'block' }), effect: 'deferrals' }
    }
  }
}

/**
 * Skin-type safety from the treatment's Fitzpatrick rating. The sources behind
 * the ratings advise avoiding a treatment ("deep peels should be avoided",
 * "full-face dermabrasion is generally avoided", "non-ablative options are
 * generally preferred") exactly where the scarring risk is very high, or where
 * pigmentation and scarring risks are both high or worse; those exclude. Where
 * only pigmentation is very high (ablative lasers in type V) the same sources
 * describe adapted settings, priming and test spots, so that is a caution.
 */
function skinTypeFinding(t: Treatment, p: CandidateProfile): { finding: Finding; effect: keyof Verdict } | undefined {
  const f = t.fitzpatrick[p.fitzpatrick]
  const skinType = { type: p.fitzpatrick, pih: f.pih, scarring: f.scarring }
  const base: Finding = { rule: 'skin-type-risk', level: 'caution', refs: [], skinType }
  if (f.note) base.note = f.note
  if (f.scarring === 'very-high' || (atLeast(f.pih, 'high') && atLeast(f.scarring, 'high')))
    return { finding: { ...base, level: 'block' }, effect: 'exclusions' }
  if (atLeast(f.pih, 'high') || atLeast(f.scarring, 'high')) return { finding: { ...base, level: 'high' }, effect: 'cautions' }
  if (atLeast(f.pih, 'moderate') || atLeast(f.scarring, 'moderate')) return { finding: base, effect: 'cautions' }
  return undefined
}

/**
 * Downtime: when even the shortest downtime is longer than the client accepts,
 * the treatment is excluded (it cannot be planned around); when only the
 * longer end is, it stays with a caution to keep to gentle settings.
 */
function downtimeFinding(t: Treatment, p: CandidateProfile): { finding: Finding; effect: keyof Verdict } | undefined {
  if (p.maxDowntimeDays === undefined || t.downtimeDays.max <= p.maxDowntimeDays) return undefined
  const finding: Finding = {
    rule: 'downtime-range',
    level: 'caution',
    refs: [],
    downtime: { min: t.downtimeDays.min, max: t.downtimeDays.max, accepted: p.maxDowntimeDays },
  }
  if (t.downtimeDays.note) finding.note = t.downtimeDays.note
  return t.downtimeDays.min > p.maxDowntimeDays
    ? { finding: { ...finding, rule: 'downtime-too-long', level: 'block' }, effect: 'exclusions' }
    : { finding, effect: 'cautions' }
}

export interface JudgeContext {
  today: string
  policy: ContestedPolicy
  records: ReadonlyMap<string, Contraindication>
  flags: ReadonlySet<string>
  /** Per dated condition, the longest wait the matrix gives it (see Clock.currentMonths). */
  currentMonths: ReadonlyMap<string, number>
}

export function judge(t: Treatment, p: CandidateProfile, ctx: JudgeContext): Verdict {
  const v: Verdict = { exclusions: [], deferrals: [], cautions: [] }
  if (t.involvesInjection && !p.injectionsAcceptable) v.exclusions.push({ rule: 'injection-declined', level: 'block', refs: [] })
  if (t.usesEnergyDevice && !p.energyDevicesAcceptable) v.exclusions.push({ rule: 'energy-device-declined', level: 'block', refs: [] })
  // The row's own order (consultation order), so the result never depends on the order the flags were ticked.
  for (const d of t.contraindications) {
    if (!ctx.flags.has(d.id)) continue
    const record = ctx.records.get(d.id)
    // Only a dated condition counts its wait from the client's date.
    const since = record?.dated ? p.endedOn?.[d.id] : undefined
    const { finding, effect } = conditionFinding(d, record, { since, today: ctx.today, policy: ctx.policy, currentMonths: ctx.currentMonths.get(d.id) })
    v[effect].push(finding)
  }
  const decided = new Set(t.contraindications.map((d) => d.id))
  for (const id of [...ctx.flags].filter((f) => !decided.has(f)).sort()) {
    // The compiler refuses an undecided pair; a knowledge base that still lacks one says so instead of passing it as safe.
    const name = ctx.records.get(id)?.name ?? id
    v.cautions.push({ rule: 'no-data', level: 'high', contraindication: { id, name, stance: 'caution', source: 'class' }, refs: [] })
  }
  for (const r of [skinTypeFinding(t, p), downtimeFinding(t, p)]) if (r) v[r.effect].push(r.finding)
  return v
}
