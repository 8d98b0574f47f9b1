// How a cell of the safety matrix is said and drawn: the same words on screen,
// in print and for screen readers, so colour is never the only signal.
import type { SafetyDecision } from '../../../src-main/api/types'
import { formatMonths } from './screener-words'

export type Stance = SafetyDecision['stance']

export const STANCE_WORDS: Record<Stance | 'no-data', { label: string; short: string; meaning: string }> = {
  exclude: { label: 'Excluded', short: 'EXCL', meaning: 'Do not treat while the condition applies.' },
  defer: { label: 'Deferred', short: 'DEFER', meaning: 'Not now: wait until the condition has passed, and for a dated condition until its wait has run.' },
  caution: { label: 'Caution', short: 'CAUT', meaning: 'Possible, with the precaution in the reason.' },
  none: { label: 'No known interaction', short: '–', meaning: 'Considered; the sources describe no interaction.' },
  'no-data': { label: 'No data', short: '?', meaning: 'The knowledge base holds no decision: use clinical judgement.' },
}

/** The cell's visible text: "DEFER 6m", "EXCL", "–". */
export function cellShort(d: SafetyDecision | null): string {
  if (!d) return STANCE_WORDS['no-data'].short
  if (d.stance === 'defer' && d.waitMonths) return `${STANCE_WORDS.defer.short} ${shortMonths(d.waitMonths)}`
  return STANCE_WORDS[d.stance].short
}

const shortMonths = (m: number) => (m >= 1 ? `${Math.round(m * 10) / 10}m` : `${Math.round((m * 52) / 12)}w`)

/** The cell's full wording, for its detail panel and its accessible name. */
export function cellLabel(d: SafetyDecision | null): string {
  if (!d) return STANCE_WORDS['no-data'].label
  if (d.stance !== 'defer') return STANCE_WORDS[d.stance].label
  const contested =
    d.minWaitMonths === undefined
      ? ''
      : d.minWaitMonths === 0
        ? '; sources disagree, one cited position needs no wait'
        : `; sources disagree, the shortest cited wait is ${formatMonths(d.minWaitMonths)}`
  const wait = d.waitMonths ? `, wait ${formatMonths(d.waitMonths)} after it has passed` : ' until it has passed'
  return `Deferred${wait}${contested}`
}

/** Arrow, Home/End and PageUp/PageDown movement in a grid of `rows` × `cols`; undefined for other keys. */
export function moveInGrid(key: string, at: { row: number; col: number }, rows: number, cols: number, ctrl = false): { row: number; col: number } | undefined {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n))
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) }
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) }
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col }
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col }
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 }
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: at.row, col: cols - 1 }
    case 'PageDown':
      return { row: clamp(at.row + 10, rows), col: at.col }
    case 'PageUp':
      return { row: clamp(at.row - 10, rows), col: at.col }
    default:
      return undefined
  }
}
