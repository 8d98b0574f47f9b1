// Proposes an order and a dated schedule: every order of the (at most five)
// treatments is tried, each placing its sessions on the earliest days that break
// no rule, and the order that finishes soonest wins (ties keep the order the
// practitioner gave).
import { addDays, laterOf } from './plan-dates'
import { gapAfter, hitsEvent, numberSessions, pairViolation } from './plan-check'
import { PLAN_HORIZON_DAYS, type PlanInput, type PlanSession, type PlanTreatment } from './plan-types'

export interface Unscheduled {
  slug: string
  reason: string
}

export interface Proposal {
  order: string[]
  sessions: PlanSession[]
  unscheduled: Unscheduled[]
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]]
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]))
}

/** Whether a session of `t` on `date` fits beside the sessions already placed. */
function fits(input: PlanInput, names: Map<string, string>, t: PlanTreatment, date: string, placed: readonly PlanSession[]): boolean {
  if (hitsEvent(t, date, input.limits.event)) return false
  const me: PlanSession = { id: `${t.slug}#?`, slug: t.slug, n: 0, date }
  for (const q of placed) {
    if (q.slug === t.slug) continue
    const v = q.date <= date ? pairViolation(input, me, q, names) : pairViolation(input, q, me, names)
    if (v) return false
  }
  return true
}

function schedule(input: PlanInput, order: readonly PlanTreatment[]): { sessions: PlanSession[]; unscheduled: Unscheduled[] } | undefined {
  const names = new Map(input.treatments.map((t) => [t.slug, t.name]))
  const { start, event } = input.limits
  const horizon = addDays(start, PLAN_HORIZON_DAYS)
  const placed: PlanSession[] = []
  const unscheduled: Unscheduled[] = []
  for (const t of order) {
    const deferral = input.limits.deferrals.find((d) => d.slug === t.slug)
    if (deferral && !deferral.until) {
      unscheduled.push({ slug: t.slug, reason: `${t.name} is deferred by the screening with no end date (an ongoing condition), so it is not scheduled.` })
      continue
    }
    let earliest = deferral?.until ? laterOf(start, deferral.until) : start
    for (let n = 1; n <= t.sessions.min; n++) {
      let date = earliest
      while (date <= horizon && !fits(input, names, t, date, placed)) {
        // Inside the event's free days nothing heals in time: jump past the event.
        date = event && hitsEvent(t, date, event) ? laterOf(addDays(event.date, 1), addDays(date, 1)) : addDays(date, 1)
      }
      if (date > horizon) return undefined
      placed.push({ id: `${t.slug}#${n}`, slug: t.slug, n, date })
      earliest = addDays(date, Math.max(1, t.intervalDays))
    }
  }
  return { sessions: numberSessions(placed), unscheduled }
}

/** How many pairs an order puts against the grain of their rules (the one that should come first, second). */
function againstGrain(input: PlanInput, order: readonly PlanTreatment[]): number {
  let n = 0
  for (let i = 0; i < order.length; i++)
    for (let j = i + 1; j < order.length; j++) {
      const x = order[i]!.slug
      const y = order[j]!.slug
      const p = input.pair(x, y)
      const xy = gapAfter(p, x) ?? 0
      const yx = gapAfter(p, y) ?? 0
      if (yx < xy || (xy === yx && p.sameDayFirst === y)) n++
    }
  return n
}

export function proposePlan(input: PlanInput): Proposal {
  let best: (Proposal & { end: string; total: number; grain: number }) | undefined
  for (const order of permutations(input.treatments)) {
    const s = schedule(input, order)
    if (!s) continue
    const end = s.sessions.reduce((m, x) => (x.date > m ? x.date : m), '')
    const total = s.sessions.reduce((sum, x) => sum + Date.parse(x.date) / 86_400_000, 0)
    const grain = againstGrain(input, order)
    // Strictly better only: among equals the first order tried, the practitioner's own, is kept.
    const better = !best || end < best.end || (end === best.end && (total < best.total || (total === best.total && grain < best.grain)))
    if (better) best = { order: order.map((t) => t.slug), ...s, end, total, grain }
  }
  if (!best)
    return {
      order: input.treatments.map((t) => t.slug),
      sessions: [],
      unscheduled: input.treatments.map((t) => ({ slug: t.slug, reason: `No day within three years of the start fits every rule for ${t.name}.` })),
    }
  // The order as the client lives it: by each treatment's first session; a shared first visit keeps the order that won.
  const firstDate = (slug: string) => best!.sessions.find((x) => x.slug === slug)?.date ?? '9999-12-31'
  const order = [...best.order].sort((x, y) => (firstDate(x) < firstDate(y) ? -1 : firstDate(x) > firstDate(y) ? 1 : 0))
  return { order, sessions: best.sessions, unscheduled: best.unscheduled }
}
