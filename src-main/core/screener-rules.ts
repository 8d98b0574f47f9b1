// The safety rules of the screener: what excludes a treatment for a client,
// what defers it, what is shown as a caution. Every rule reads the knowledge
// base; the only judgement made here is the one written beside each rule.
import type { CandidateProfile } from '../api/screener-profile'
import type { ConflictView, Finding, WaitView } from '../api/screener-types'
import { addMonths, monthsAndDaysBetween } from './calendar'
import type { Contraindication, Treatment } from './content/schema'

type Risk = Treatment['fitzpatrick']['I']['pih']
type Entry = Treatment['contraindications'][number]

export interface Verdict {
  /** Rules that rule the treatment out for this client. */
  exclusions: Finding[]
  /** Rules that rule it out for now. */
  deferrals: Finding[]
  cautions: Finding[]
}

const RISK_ORDER: Record<Risk, number> = { low: 0, moderate: 1, high: 2, 'very-high': 3 }
const atLeast = (r: Risk, floor: Risk) => RISK_ORDER[r] >= RISK_ORDER[floor]

function conflictOf(record: Contraindication | undefined): ConflictView | undefined {
  return record?.conflict && { summary: record.conflict.summary, positions: record.conflict.positions.map((p) => ({ stance: p.stance, refs: p.refs })) }
}

/**
 * Where a time-limited condition stands today. Without a date the condition is
 * taken as current (still on isotretinoin, still tanned), which is the safe reading.
 */
function waitFor(entry: Entry, since: string | undefined, today: string): WaitView & { over: boolean; minOver: boolean } {
  const months = entry.waitMonths ?? 0
  const view: WaitView & { over: boolean; minOver: boolean } = { months, over: false, minOver: entry.minWaitMonths === 0 }
  if (entry.minWaitMonths !== undefined) view.minMonths = entry.minWaitMonths
  if (!since) return view
  view.since = since
  view.until = addMonths(since, months)
  view.over = view.until <= today
  if (entry.minWaitMonths !== undefined) {
    view.minUntil = addMonths(since, entry.minWaitMonths)
    view.minOver = view.minUntil <= today
  }
  if (!view.over) view.remaining = monthsAndDaysBetween(today, view.minOver || !view.minUntil ? view.until : view.minUntil)
  return view
}

/**
 * One contraindication entry of the treatment that the client's flags match:
 *   absolute, lasting          → excluded
 *   temporary (either kind)    → deferred, with the time still to go when the
 *                                treatment gives a wait and the profile a date
 *   temporary, wait passed     → information only
 *   temporary, conservative wait not passed but a shorter, cited one has
 *                              → caution that shows the conflict
 *   relative, lasting          → caution
 * A record with a `conflict` travels with every finding it produces.
 */
function contraindicationFinding(entry: Entry, record: Contraindication | undefined, since: string | undefined, today: string): { finding: Finding; effect: keyof Verdict } {
  const base: Finding = {
    rule: 'relative-contraindication',
    level: 'caution',
    contraindication: { id: entry.id, name: record?.name ?? entry.id, severity: entry.severity, temporary: entry.temporary },
    refs: entry.refs,
  }
  if (entry.note) base.note = entry.note
  const conflict = conflictOf(record)
  if (conflict) base.conflict = conflict

  if (!entry.temporary) {
    return entry.severity === 'absolute'
      ? { finding: { ...base, rule: 'absolute-contraindication', level: 'block' }, effect: 'exclusions' }
      : { finding: base, effect: 'cautions' }
  }
  if (entry.waitMonths === undefined) return { finding: { ...base, rule: 'temporary-contraindication', level: 'block' }, effect: 'deferrals' }
  const wait = waitFor(entry, since, today)
  const { over, minOver, ...view } = wait
  if (over) return { finding: { ...base, rule: 'wait-over', level: 'info', wait: view }, effect: 'cautions' }
  if (minOver) return { finding: { ...base, rule: 'contested-wait', level: 'high', wait: view }, effect: 'cautions' }
  return { finding: { ...base, rule: 'temporary-contraindication', level: 'block', wait: view }, effect: 'deferrals' }
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
  if (f.scarring === 'very-high' || (atLeast(f.pih, 'high') && atLeast(f.scarring, 'high'))) return { finding: { ...base, level: 'block' }, effect: 'exclusions' }
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

export function judge(t: Treatment, p: CandidateProfile, today: string, records: ReadonlyMap<string, Contraindication>, flags: ReadonlySet<string>): Verdict {
  const v: Verdict = { exclusions: [], deferrals: [], cautions: [] }
  if (t.involvesInjection && !p.injectionsAcceptable) v.exclusions.push({ rule: 'injection-declined', level: 'block', refs: [] })
  if (t.usesEnergyDevice && !p.energyDevicesAcceptable) v.exclusions.push({ rule: 'energy-device-declined', level: 'block', refs: [] })
  for (const entry of t.contraindications) {
    if (!flags.has(entry.id)) continue
    const { finding, effect } = contraindicationFinding(entry, records.get(entry.id), p.endedOn?.[entry.id], today)
    v[effect].push(finding)
  }
  for (const r of [skinTypeFinding(t, p), downtimeFinding(t, p)]) if (r) v[r.effect].push(r.finding)
  return v
}
