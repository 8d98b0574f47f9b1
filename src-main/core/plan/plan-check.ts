// Which rules each dated session breaks. The proposal uses the same checks to
// place sessions, so a schedule the practitioner edits is judged exactly as the
// one the handbook proposed.
import type { PairDecision } from '../combinations/combination-types'
import { addDays, daysBetween } from './plan-dates'
import type { PlanInput, PlanSession, PlanTreatment, PlanViolation } from './plan-types'

/** Days from a session of x to a later session of y that the pair's rules ask for; null when no rule decides. */
export function gapAfter(p: PairDecision, x: string): number | null {
  return p.first === x ? p.gapFirstThenSecond : p.gapSecondThenFirst
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Numbers each treatment's sessions by date (1, 2, …) and gives them stable ids. */
export function numberSessions(sessions: readonly { slug: string; date: string }[]): PlanSession[] {
  const sorted = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const count = new Map<string, number>()
  return sorted.map((s) => {
    const n = (count.get(s.slug) ?? 0) + 1
    count.set(s.slug, n)
    return { id: `${s.slug}#${n}`, slug: s.slug, n, date: s.date }
  })
}

/** The downtime of a session on `date` reaches into the days kept free before the event. */
export function hitsEvent(t: PlanTreatment, date: string, event: { date: string; daysBefore: number } | undefined): boolean {
  if (!event || t.downtimeDays <= 0 || date > event.date) return false
  const lastDowntimeDay = addDays(date, Math.ceil(t.downtimeDays) - 1)
  return lastDowntimeDay >= addDays(event.date, -event.daysBefore)
}

/** The pair rules one session breaks against one other, earlier or same-day, session. */
export function pairViolation(input: PlanInput, s: PlanSession, other: PlanSession, names: Map<string, string>): Omit<PlanViolation, 'sessionId'> | undefined {
  const p = input.pair(s.slug, other.slug)
  const rule = { ruleIds: p.ruleIds, refs: p.refs, conflict: p.conflict, why: p.why }
  const me = `${names.get(s.slug)}`
  const them = `${names.get(other.slug)} (session ${other.n})`
  if (s.date === other.date) {
    if (p.sameDay === 'unknown')
      return {
        kind: 'same-visit-no-data',
        message: `${me} is at the same visit as ${them}. No data: use clinical judgement — no source this handbook holds addresses combining them.`,
        ...rule,
        why: undefined,
      }
    if (p.sameDay === 'no') return { kind: 'same-visit', message: `${me} and ${them} should not share a visit.`, ...rule }
    return undefined
  }
  const days = daysBetween(other.date, s.date)
  if (days <= 0) return undefined
  const gap = gapAfter(p, other.slug)
  if (gap !== null && days < gap)
    return { kind: 'pair-gap', message: `${me} comes ${plural(days, 'day')} after ${them}; the rule asks for at least ${plural(gap, 'day')}.`, ...rule }
  return undefined
}

export function checkSchedule(input: PlanInput, sessions: readonly PlanSession[]): PlanViolation[] {
  const out: PlanViolation[] = []
  const bySlug = new Map(input.treatments.map((t) => [t.slug, t]))
  const names = new Map(input.treatments.map((t) => [t.slug, t.name]))
  const order = new Map(input.treatments.map((t, i) => [t.slug, i]))
  const deferral = new Map(input.limits.deferrals.map((d) => [d.slug, d]))
  const { start, event, downtimeBudgetDays } = input.limits
  const none = { ruleIds: [], refs: [], conflict: null }
  const add = (s: PlanSession, v: Omit<PlanViolation, 'sessionId'>) => out.push({ sessionId: s.id, ...v })
  let downtime = 0

  sessions.forEach((s, i) => {
    const t = bySlug.get(s.slug)
    if (!t) return
    const name = t.name
    if (s.date < start) add(s, { kind: 'before-start', message: `${name} is dated before the plan's start (${start}).`, ...none })
    const d = deferral.get(s.slug)
    if (d && !d.until)
      add(s, { kind: 'deferred-ongoing', message: `${name} is deferred by the screening with no end date: the condition is ongoing.`, ...none })
    else if (d?.until && s.date < d.until) add(s, { kind: 'deferral', message: `${name} is deferred by the screening until ${d.until}.`, ...none })
    if (hitsEvent(t, s.date, event))
      add(s, {
        kind: 'event',
        message: `Up to ${plural(t.downtimeDays, 'day')} of downtime after ${name} on ${s.date} reaches into the ${plural(event!.daysBefore, 'day')} before the event on ${event!.date}.`,
        ...none,
      })

    for (const other of sessions.slice(0, i)) {
      if (other.slug === s.slug) {
        const days = daysBetween(other.date, s.date)
        if (other.n === s.n - 1 && days < t.intervalDays)
          add(s, {
            kind: 'interval',
            message: `Session ${s.n} of ${name} is ${plural(days, 'day')} after session ${other.n}; the handbook gives at least ${plural(t.intervalDays, 'day')} between sessions.`,
            ...none,
          })
        continue
      }
      // Same-day pairs are reported once, on the treatment that comes later in the plan.
      if (other.date === s.date && (order.get(other.slug) ?? 0) > (order.get(s.slug) ?? 0)) {
        const v = pairViolation(input, other, s, names)
        if (v) add(other, v)
        continue
      }
      const v = pairViolation(input, s, other, names)
      if (v) add(s, v)
    }
    downtime += t.downtimeDays
    if (downtimeBudgetDays !== undefined && downtime > downtimeBudgetDays)
      add(s, {
        kind: 'downtime-budget',
        message: `By ${name} on ${s.date} the plan has used up to ${plural(downtime, 'day')} of downtime, over the client's budget of ${plural(downtimeBudgetDays, 'day')}.`,
        ...none,
      })
  })
  return out
}
