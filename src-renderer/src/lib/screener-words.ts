// How the screener's findings and reasons are said on screen. Core decides;
// this file only words the decision, so every screen says it the same way; the
// rule descriptions and form constants live in screener-catalogue.ts.
import type { ConditionFinding, Finding, RankReason, WaitView } from '../../../src-main/api/screener-types'
import { GLOGAU_CLASSES, glogauNumeral } from '../../../src-shared/taxonomy'
import { RISK_LABELS } from './labels'

export const ROMAN: readonly string[] = ['', ...GLOGAU_CLASSES.map(glogauNumeral)]

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
export const formatDate = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`))

/** 6 → "6 months", 0.5 → "2 weeks", 0.25 → "1 week". */
export function formatMonths(months: number): string {
  if (months >= 1 && Number.isInteger(months)) return months === 1 ? '1 month' : `${months} months`
  const weeks = Math.round((months * 365.2425) / 12 / 7)
  if (months < 1) return weeks <= 1 ? '1 week' : `${weeks} weeks`
  return `${months} months`
}

export function formatRemaining(r: { months: number; days: number }): string {
  const parts = [r.months && (r.months === 1 ? '1 month' : `${r.months} months`), r.days && (r.days === 1 ? '1 day' : `${r.days} days`)].filter(Boolean)
  return parts.length ? `${parts.join(' and ')} to go` : 'ends today'
}

/** "Wait until 6 months after the last dose: 3 months to go (until 1 Sep 2026)". */
export function waitText(w: WaitView, after: string, dated = true): string {
  const head = w.months ? `Wait until ${formatMonths(w.months)} after ${after}` : `Wait until ${after}`
  const shorter = shorterPosition(w)
  // An undated condition (pregnancy, an outbreak) lasts while the client has it; only a dated one asks for a day.
  if (!dated) return `${head}.${shorter}`
  if (!w.until) return `${head}; no date was given, so it is taken as still current.${shorter}`
  if (!w.remaining) return `${head}; that ended on ${formatDate(w.until)}.${shorter}`
  // Under "show as a caution" the deferral ends with the shortest cited wait, and the time to go counts to it.
  if (w.minUntil && w.remainingTo === w.minUntil && w.minUntil < w.until)
    return `${head} (${formatDate(w.until)}); the shortest wait a source supports ends ${formatDate(w.minUntil)}: ${formatRemaining(w.remaining)}.`
  return `${head}: ${formatRemaining(w.remaining)} (until ${formatDate(w.until)}).${shorter}`
}

/** The most cautious position decides; the shorter cited one is always said beside it. */
function shorterPosition(w: WaitView): string {
  if (w.minMonths === undefined) return ''
  if (w.minMonths === 0) return ' Sources disagree: another cited position finds no need to wait.'
  return ` Sources disagree: another cited position needs only ${formatMonths(w.minMonths)}${w.minUntil ? ` (until ${formatDate(w.minUntil)})` : ''}.`
}

/** What "the condition ends" means for the waits of a finding's condition. */
export function endLabel(f: Finding): string {
  return (isConditionFinding(f) && f.contraindication.endLabel) || 'it has passed'
}

/** Whether a finding comes from the safety matrix (and so names its condition). */
export const isConditionFinding = (f: Finding): f is ConditionFinding => f.contraindication !== undefined

/** A finding's headline. */
export function findingTitle(f: Finding): string {
  switch (f.rule) {
    case 'absolute-contraindication':
      return `Excluded: ${f.contraindication.name}`
    case 'temporary-contraindication':
      return `Not now: ${f.contraindication.name}`
    case 'relative-contraindication':
      return `Caution: ${f.contraindication.name}`
    case 'no-known-interaction':
      return `${f.contraindication.name}: no known interaction`
    case 'no-data':
      return `${f.contraindication.name}: no data, use clinical judgement`
    case 'contested-wait':
      return `${f.contraindication.name}: sources disagree about waiting`
    case 'wait-over':
      return `${f.contraindication.name}: the advised wait is over`
    case 'caution-lapsed':
      return `${f.contraindication.name}: no longer current`
    case 'skin-type-risk':
      return `Fitzpatrick ${f.skinType.type}: ${RISK_LABELS[f.skinType.pih]?.toLowerCase()} pigmentation risk, ${RISK_LABELS[f.skinType.scarring]?.toLowerCase()} scarring risk`
    case 'injection-declined':
      return 'Involves injections, which the client does not accept'
    case 'energy-device-declined':
      return 'Uses an energy device, which the client does not accept'
    case 'downtime-too-long':
      return `Downtime of at least ${f.downtime.min} days; the client accepts ${dayCount(f.downtime.accepted)}`
    case 'downtime-range':
      return `Downtime ${f.downtime.min}–${f.downtime.max} days; fits the ${dayCount(f.downtime.accepted)} accepted only at gentle settings`
  }
}

const dayCount = (n: number) => (n === 0 ? 'none' : n === 1 ? '1 day' : `${n} days`)

/** The wait line of a finding, when it has one. */
export function findingWait(f: Finding): string | undefined {
  if (!isConditionFinding(f) || !f.wait) return undefined
  const after = endLabel(f)
  if (f.rule === 'contested-wait') {
    const conservative = f.wait.until
      ? `Conservative position: wait until ${formatMonths(f.wait.months)} after ${after}${f.wait.remaining ? `, ${formatRemaining(f.wait.remaining)} (until ${formatDate(f.wait.until)})` : ''}.`
      : `Conservative position: wait ${formatMonths(f.wait.months)} after ${after}.`
    const shorter = f.wait.minMonths ? `another cited position needs only ${formatMonths(f.wait.minMonths)}.` : 'another cited position finds no need to wait.'
    return `${conservative} By contrast, ${shorter}`
  }
  if (f.rule === 'wait-over' && f.wait.until) return `The ${formatMonths(f.wait.months)} wait after ${after} ended on ${formatDate(f.wait.until)}.`
  if (f.rule === 'caution-lapsed' && f.wait.until)
    return `More than ${formatMonths(f.wait.months)} since ${after}, the longest wait the handbook gives for it (ended on ${formatDate(f.wait.until)}): the caution no longer applies.`
  return waitText(f.wait, after, !!f.contraindication.endLabel)
}

const strengthWord: Record<string, string> = { strong: 'strongly', moderate: 'moderately', mild: 'mildly' }

/** One line of "why it ranks here". */
export function reasonText(r: RankReason): string {
  switch (r.kind) {
    case 'concern':
      return `Treats ${r.concern.name.toLowerCase()} ${strengthWord[r.concern.strength]} (concern ${r.concern.importance})`
    case 'age':
      return r.fits ? `Age ${r.age.value} within the usual ${r.age.min}–${r.age.max}` : `Age ${r.age.value} outside the usual ${r.age.min}–${r.age.max}`
    case 'glogau': {
      const classes = r.glogau.classes.map((c) => ROMAN[c]).join(', ')
      return r.fits
        ? `Glogau ${ROMAN[r.glogau.value]} among the classes treated (${classes})`
        : `Glogau ${ROMAN[r.glogau.value]} outside the classes treated (${classes})`
    }
    case 'skin-type': {
      const s = r.skinType
      return r.fits
        ? `Low pigmentation and scarring risk for type ${s.type}`
        : `Type ${s.type}: ${RISK_LABELS[s.pih]?.toLowerCase()} pigmentation, ${RISK_LABELS[s.scarring]?.toLowerCase()} scarring risk`
    }
    case 'downtime': {
      const d = r.downtime
      const span = d.min === d.max ? `${d.min} days` : `${d.min}–${d.max} days`
      return d.accepted === undefined ? `Downtime ${span}` : r.fits ? `Downtime ${span} fits` : `Downtime ${span}: only the gentle end fits`
    }
    case 'cautions':
      return r.cautions === 1 ? '1 contraindication to plan around' : `${r.cautions} contraindications to plan around`
    case 'evidence':
      return `Evidence level ${r.evidence}`
  }
}

export const formatPoints = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n < 0 ? `−${Math.abs(n).toFixed(2)}` : '±0')
