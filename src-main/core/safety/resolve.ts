// Resolves the safety matrix: for every treatment and every condition, one
// decision. The treatment's own entry wins; otherwise the condition's first class
// rule that applies to the treatment's declared properties. A pair neither
// decides is left undecided, which the compiler refuses: silence is never safe.
import type { ClassRule, Contraindication, SafetyDecision, TreatmentSource } from '../content/schema'

type Declared = Pick<TreatmentSource, 'properties' | 'category'>

/** Whether a class rule covers a treatment: all of `when`, none of `unless`, and one of `categories` if given. */
export function ruleApplies(rule: Pick<ClassRule, 'when' | 'unless' | 'categories'>, t: Declared): boolean {
  const props = new Set<string>(t.properties)
  return (
    rule.when.every((p) => props.has(p)) && !rule.unless.some((p) => props.has(p)) && (rule.categories === undefined || rule.categories.includes(t.category))
  )
}

/** One cell: the own entry if the treatment has one, else the first applicable class rule, else undefined. */
export function decide(t: TreatmentSource, condition: Contraindication): SafetyDecision | undefined {
  const own = t.contraindications.find((e) => e.id === condition.id)
  if (own) {
    const d: SafetyDecision = { id: condition.id, stance: own.stance, refs: own.refs, source: 'own' }
    if (own.note) d.note = own.note
    return withOptional(d, own)
  }
  const index = condition.rules.findIndex((r) => ruleApplies(r, t))
  if (index < 0) return undefined
  const rule = condition.rules[index]!
  return withOptional({ id: condition.id, stance: rule.stance, note: rule.reason, refs: rule.refs, source: 'class', rule: index }, rule)
}

function withOptional(d: SafetyDecision, from: { waitMonths?: number; minWaitMonths?: number; why?: SafetyDecision['why'] }): SafetyDecision {
  if (from.waitMonths !== undefined) d.waitMonths = from.waitMonths
  if (from.minWaitMonths !== undefined) d.minWaitMonths = from.minWaitMonths
  if (from.why) d.why = from.why
  return d
}

export interface ResolvedRow {
  decisions: SafetyDecision[]
  /** Condition ids this treatment has no decision for. */
  undecided: string[]
}

/** A treatment's whole row, in the conditions' order. */
export function resolveRow(t: TreatmentSource, conditions: readonly Contraindication[]): ResolvedRow {
  const row: ResolvedRow = { decisions: [], undecided: [] }
  for (const c of conditions) {
    const d = decide(t, c)
    if (d) row.decisions.push(d)
    else row.undecided.push(c.id)
  }
  return row
}
