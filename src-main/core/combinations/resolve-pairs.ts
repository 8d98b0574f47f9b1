// Resolves combination rules into one decision per unordered pair of treatments:
// a specific rule decides its pairs; otherwise every matching class rule counts
// and the most cautious of them wins; otherwise the pair has no data.
import type { CombinationRule, CombinationSide } from '../content/combination-schema'
import { NO_DATA_WHY, pairKey, type PairDecision, type PairPosition, type SameDay } from './combination-types'

export interface RuleTreatment {
  slug: string
  properties: readonly string[]
}

export function sideMatches(side: CombinationSide, t: RuleTreatment): boolean {
  if ('slugs' in side) return side.slugs.includes(t.slug)
  const props = new Set(t.properties)
  return side.when.every((p) => props.has(p)) && !side.unless.some((p) => props.has(p))
}

export const isSpecific = (r: CombinationRule): boolean => 'slugs' in r.a && 'slugs' in r.b

/** The rule as it reads for an ordered pair (x, y), or undefined when it does not apply to them. */
interface Oriented {
  rule: CombinationRule
  /** Gap from a session of x to a later one of y, and back. */
  xy: number
  yx: number
  sameDay: SameDay
  /** With 'in-order': which of the two goes first at a shared visit. */
  firstAtVisit: 'x' | 'y' | null
}

function orient(rule: CombinationRule, x: RuleTreatment, y: RuleTreatment): Oriented | undefined {
  const forward = sideMatches(rule.a, x) && sideMatches(rule.b, y)
  const backward = sideMatches(rule.a, y) && sideMatches(rule.b, x)
  if (!forward && !backward) return undefined
  // A rule whose two sides both match either way (two treatments of one class) is symmetric: take the stricter reading.
  const g = rule.gapDays
  if (forward && backward) {
    const gap = Math.max(g.aThenB, g.bThenA)
    return { rule, xy: gap, yx: gap, sameDay: rule.sameDay === 'in-order' ? 'no' : rule.sameDay, firstAtVisit: null }
  }
  const firstAtVisit = rule.sameDay === 'in-order' ? (forward ? 'x' : 'y') : null
  return forward
    ? { rule, xy: g.aThenB, yx: g.bThenA, sameDay: rule.sameDay, firstAtVisit }
    : { rule, xy: g.bThenA, yx: g.aThenB, sameDay: rule.sameDay, firstAtVisit }
}

const SAME_DAY_RANK: Record<SameDay, number> = { yes: 0, 'in-order': 1, no: 2 }

/** Several rules on one pair: the longest gaps, the strictest visit rule; two opposite visit orders mean separate visits. */
function combine(rules: Oriented[]): Omit<Oriented, 'rule'> {
  let sameDay: SameDay = 'yes'
  const orders = new Set<'x' | 'y'>()
  for (const r of rules) {
    if (SAME_DAY_RANK[r.sameDay] > SAME_DAY_RANK[sameDay]) sameDay = r.sameDay
    if (r.firstAtVisit) orders.add(r.firstAtVisit)
  }
  if (sameDay === 'in-order' && orders.size > 1) sameDay = 'no'
  return {
    xy: Math.max(...rules.map((r) => r.xy)),
    yx: Math.max(...rules.map((r) => r.yx)),
    sameDay,
    firstAtVisit: sameDay === 'in-order' ? [...orders][0]! : null,
  }
}

function decide(x: RuleTreatment, y: RuleTreatment, source: 'specific' | 'class', rules: Oriented[]): PairDecision {
  const c = combine(rules)
  const conflicts = rules.filter((r) => r.rule.conflict)
  const positions: PairPosition[] = conflicts.flatMap((r) =>
    r.rule.conflict!.positions.map((p) => {
      const forward = sideMatches(r.rule.a, x) && sideMatches(r.rule.b, y)
      return {
        stance: p.stance,
        gapFirstThenSecond: forward ? p.gapDays.aThenB : p.gapDays.bThenA,
        gapSecondThenFirst: forward ? p.gapDays.bThenA : p.gapDays.aThenB,
        refs: p.refs,
      }
    }),
  )
  return {
    first: x.slug,
    second: y.slug,
    source,
    ruleIds: rules.map((r) => r.rule.id),
    sameDay: c.sameDay,
    sameDayFirst: c.firstAtVisit === 'x' ? x.slug : c.firstAtVisit === 'y' ? y.slug : null,
    gapFirstThenSecond: c.xy,
    gapSecondThenFirst: c.yx,
    why: rules.map((r) => r.rule.why).join(' '),
    refs: [...new Set(rules.flatMap((r) => r.rule.refs))],
    conflict: conflicts.length ? { summary: conflicts.map((r) => r.rule.conflict!.summary).join(' '), positions } : null,
  }
}

/** Every unordered pair of distinct treatments, decided; pairs are keyed first < second. */
export function resolvePairs(
  treatments: readonly RuleTreatment[],
  classRules: readonly CombinationRule[],
  pairRules: readonly CombinationRule[],
): PairDecision[] {
  const sorted = [...treatments].sort((p, q) => (p.slug < q.slug ? -1 : p.slug > q.slug ? 1 : 0))
  const out: PairDecision[] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const x = sorted[i]!
      const y = sorted[j]!
      const specific = pairRules.map((r) => orient(r, x, y)).filter((r): r is Oriented => r !== undefined)
      if (specific.length) {
        out.push(decide(x, y, 'specific', specific))
        continue
      }
      const classes = classRules.map((r) => orient(r, x, y)).filter((r): r is Oriented => r !== undefined)
      if (classes.length) {
        out.push(decide(x, y, 'class', classes))
        continue
      }
      out.push({
        first: x.slug,
        second: y.slug,
        source: 'none',
        ruleIds: [],
        sameDay: 'unknown',
        sameDayFirst: null,
        gapFirstThenSecond: null,
        gapSecondThenFirst: null,
        why: NO_DATA_WHY,
        refs: [],
        conflict: null,
      })
    }
  }
  return out
}

/** How many pairs each source decides, for the compiler's report. */
export function countBySource(pairs: readonly PairDecision[]): Record<'specific' | 'class' | 'none', number> {
  const n = { specific: 0, class: 0, none: 0 }
  for (const p of pairs) n[p.source]++
  return n
}

export { pairKey }
