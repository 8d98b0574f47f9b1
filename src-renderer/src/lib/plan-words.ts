// How the plan screen words a pair decision. The core decides; this only phrases.
import type { PlanPair } from '../../../src-main/core/plan/plan-builder'

const days = (n: number) => (n % 7 === 0 && n >= 14 ? `${n / 7} weeks` : `${n} day${n === 1 ? '' : 's'}`)

export function sameVisitText(p: PlanPair): string {
  if (p.sameDay === 'yes') return 'yes, in either order.'
  if (p.sameDay === 'no') return 'no, keep them to separate visits.'
  if (p.sameDay === 'in-order') return `yes, with ${p.sameDayFirst === p.first ? p.firstName : p.secondName} first.`
  return 'no data.'
}

export function gapText(p: PlanPair): string {
  const a = p.gapFirstThenSecond ?? 0
  const b = p.gapSecondThenFirst ?? 0
  if (a === 0 && b === 0) return 'no minimum interval either way.'
  const parts: string[] = []
  parts.push(a ? `${p.secondName} at least ${days(a)} after ${p.firstName}` : `${p.secondName} may follow ${p.firstName} at once`)
  parts.push(b ? `${p.firstName} at least ${days(b)} after ${p.secondName}` : `${p.firstName} may follow ${p.secondName} at once`)
  const better = a < b ? `${p.firstName} first` : b < a ? `${p.secondName} first` : ''
  return `${parts.join('; ')}${better ? ` — recommended order: ${better}` : ''}.`
}
