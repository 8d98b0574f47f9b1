// The knowledge base's numbers and codes, said the way a client reads them:
// "4 to 6 sessions, 2 to 4 weeks apart" rather than "sessions 4–6, interval 2–4 wk".
import type { MechanismId, Treatment } from './content/schema'

/** Each mechanism in plain words; every sentence starts "It " so a secondary one can read "It also …". */
const MECHANISM_WORDS: Record<MechanismId, string> = {
  exfoliation: 'It removes the outer layer of dead, dull skin cells so that fresher, smoother skin comes through.',
  tightening:
    'It heats the deeper layers of the skin in a controlled way, which tightens the collagen already there and prompts new collagen over the following months.',
  leveling: 'It removes or heats a very thin layer of skin in a controlled way; as the skin heals, it becomes smoother and more even.',
  'ecm-stimulation': 'It prompts your skin to make new collagen and elastic fibres, which improves firmness and texture gradually over weeks to months.',
  'volume-restoration': 'It restores lost volume with an injected gel, or with a substance that encourages your own collagen, to soften hollows and folds.',
  'muscle-immobilization': 'It relaxes the small muscles that cause expression lines, so the lines soften; the effect wears off gradually.',
}

const LAYER_WORDS: Record<string, string> = {
  'stratum-corneum': 'the very surface of the skin',
  epidermis: 'the outer layer of the skin (the epidermis)',
  'papillary-dermis': 'the upper part of the deeper skin layer (the upper dermis)',
  'reticular-dermis': 'the deep layer of the skin where collagen is made (the dermis)',
  'subcutaneous-fat': 'the layer of fat beneath the skin',
  'smas-muscle': 'the muscles and supporting tissue beneath the skin',
}

export function plainMechanisms(t: Pick<Treatment, 'mechanisms'>, deepestLayer?: string): string[] {
  const depth = deepestLayer && LAYER_WORDS[deepestLayer] ? [`It works down to ${LAYER_WORDS[deepestLayer]}.`] : []
  const words = (m: Treatment['mechanisms'][number]) => m.clientWording ?? MECHANISM_WORDS[m.id]
  const primary = t.mechanisms.filter((m) => m.role === 'primary').map(words)
  const secondary = t.mechanisms.filter((m) => m.role === 'secondary').map((m) => words(m).replace(/^It /, 'It also '))
  return [...depth, ...primary, ...secondary]
}

type Amount = { n: number; unit: string }

const plural = (a: Amount) => `${a.n} ${a.n === 1 ? a.unit : `${a.unit}s`}`
const roundHalf = (n: number) => Math.round(n * 2) / 2

/** "2 to 12 weeks", "6 months to 2 years", "about 6 months": one unit when both ends share it. */
function span(min: Amount, max: Amount): string {
  if (min.unit === max.unit) {
    if (min.n === max.n) return `about ${plural(max)}`
    return `${min.n} to ${plural(max)}`
  }
  return `${plural(min)} to ${plural(max)}`
}

/** A time counted in weeks, in the unit a client would use for it. */
function fromWeeks(w: number): Amount {
  if (w < 2) return { n: Math.max(1, Math.round(w * 7)), unit: 'day' }
  if (w < 12) return { n: roundHalf(w), unit: 'week' }
  return fromMonths(w / 4.345)
}

function fromMonths(m: number): Amount {
  if (m < 1) return { n: Math.max(1, Math.round(m * 4.345)), unit: 'week' }
  if (m >= 12 && m % 12 === 0) return { n: m / 12, unit: 'year' }
  if (m >= 24) return { n: Math.round(m / 12), unit: 'year' }
  return { n: Math.round(m), unit: 'month' }
}

function fromDays(d: number): Amount {
  const days = Math.max(1, Math.round(d))
  return days >= 14 && days % 7 === 0 ? { n: days / 7, unit: 'week' } : { n: days, unit: 'day' }
}

export function sessionsText(t: Pick<Treatment, 'sessions' | 'intervalWeeks'>): string {
  const { min, max } = t.sessions
  const interval = t.intervalWeeks && t.intervalWeeks.max > 0 ? span(fromWeeks(t.intervalWeeks.min), fromWeeks(t.intervalWeeks.max)) : undefined
  if (max === 1) {
    return interval ? `A single session. It can be repeated every ${interval.replace(/^about /, '')} if you want to keep the effect.` : 'A single session.'
  }
  const count = min === max ? `A course of ${max} sessions` : `Usually ${min} to ${max} sessions`
  return interval ? `${count}, ${interval} apart.` : `${count}.`
}

export function resultsText(t: Pick<Treatment, 'onsetWeeks' | 'durationMonths'>): string {
  const { min, max } = t.onsetWeeks
  const onset =
    max === 0
      ? 'You will see the result straight away'
      : min === 0
        ? `You may notice a change straight away; the full result can take up to ${plural(fromWeeks(max))} to show`
        : `Results usually start to show after ${span(fromWeeks(min), fromWeeks(max))}`
  const d = t.durationMonths
  const lasting = d.max > 0 ? `, and usually last ${span(fromMonths(d.min), fromMonths(d.max))}` : ''
  return `${onset}${lasting}.`
}

export function downtimeText(t: Pick<Treatment, 'downtimeDays'>): string {
  const { min, max } = t.downtimeDays
  if (max === 0) return 'Little or none: most people go straight back to their day.'
  if (min === 0) return `Little or none for many people; allow up to ${plural(fromDays(max))} of redness or swelling.`
  return `Allow ${span(fromDays(min), fromDays(max))} before your skin looks and feels back to normal.`
}

const DISCOMFORT_WORDS: Record<Treatment['discomfort'], string> = {
  minimal: 'Most people feel little or nothing during treatment.',
  mild: 'Most people feel mild warmth, tingling or stinging that settles quickly.',
  moderate: 'It can be uncomfortable; numbing cream or other pain relief is often used.',
  marked: 'It can be painful; your clinic will plan numbing, pain relief or sedation with you.',
}

export function discomfortText(t: Pick<Treatment, 'discomfort'>): string {
  return DISCOMFORT_WORDS[t.discomfort]
}

/** How long a temporary contraindication defers a treatment: "about 6 months", "about 2 weeks". */
export function waitText(months: number): string {
  const a = fromMonths(months)
  return `about ${plural(a)}`
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-11-21" → "21 November 2026": the same everywhere, whatever the machine's locale or time zone. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MONTHS[m - 1]} ${y}`
}
