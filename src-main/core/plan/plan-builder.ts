// Builds a plan from the knowledge base: each treatment's sessions, interval and
// downtime, the resolved pair decisions, the client's limits, and either a
// proposed schedule or the practitioner's own, checked against every rule.
import type { Reference, Treatment } from '../content/schema'
import type { PairDecision } from '../combinations/combination-types'
import { referencesById, treatmentsBySlug } from '../catalog'
import { HandbookError } from '../handbook-error'
import type { KnowledgeBase } from '../knowledge-base'
import { checkSchedule, numberSessions } from './plan-check'
import { addDays } from './plan-dates'
import { proposePlan, type Unscheduled } from './plan-propose'
import { visitsOf, type Visit } from './plan-visits'
import { DEFAULT_EVENT_DAYS_BEFORE, type Deferral, type PlanInput, type PlanSession, type PlanTreatment, type PlanViolation } from './plan-types'

export interface PlanRequest {
  slugs: string[]
  start: string
  eventDate?: string
  eventDaysBefore?: number
  downtimeBudgetDays?: number
  deferrals?: Deferral[]
  /** The practitioner's own schedule (after moving, dropping or adding sessions); absent: the handbook proposes one. */
  sessions?: { slug: string; date: string }[]
}

export interface PlannedSession extends PlanSession {
  name: string
  /** The last day of this session's downtime (the session day itself when there is none). */
  downtimeUntil: string
  violations: PlanViolation[]
}

export interface PlanPair extends PairDecision {
  firstName: string
  secondName: string
}

export interface Plan {
  proposed: boolean
  order: string[]
  treatments: PlanTreatment[]
  sessions: PlannedSession[]
  visits: Visit[]
  pairs: PlanPair[]
  unscheduled: Unscheduled[]
  violations: PlanViolation[]
  limits: { start: string; event: { date: string; daysBefore: number } | null; downtimeBudgetDays: number | null; deferrals: Deferral[] }
  totalDowntimeDays: number
  references: Reference[]
}

export function planTreatmentOf(t: Treatment): PlanTreatment {
  return {
    slug: t.slug,
    name: t.name,
    sessions: { min: t.sessions.min, max: t.sessions.max },
    intervalDays: t.intervalWeeks ? Math.round(t.intervalWeeks.min * 7) : 0,
    downtimeDays: Math.ceil(t.downtimeDays.max),
  }
}

export function pairDecision(kb: KnowledgeBase, x: string, y: string): PairDecision {
  const [first, second] = x < y ? [x, y] : [y, x]
  const row = kb.db.prepare('SELECT record FROM treatment_pairs WHERE first = ? AND second = ?').get(first, second) as { record: string } | undefined
  if (!row) throw new HandbookError('NOT_FOUND', `The knowledge base holds no combination decision for ${first} and ${second}.`)
  return JSON.parse(row.record) as PairDecision
}

export function buildPlan(kb: KnowledgeBase, req: PlanRequest): Plan {
  const known = treatmentsBySlug(kb)
  const treatments = req.slugs.map((slug) => {
    const found = known.get(slug)
    if (!found) throw new HandbookError('NOT_FOUND', `No treatment "${slug}" in this version of the handbook.`)
    return planTreatmentOf(found.treatment)
  })
  for (const s of req.sessions ?? [])
    if (!req.slugs.includes(s.slug)) throw new HandbookError('BAD_ARGUMENTS', `A session names "${s.slug}", which is not one of the plan's treatments.`)
  const cache = new Map<string, PairDecision>()
  const pair = (x: string, y: string) => {
    const k = x < y ? `${x}|${y}` : `${y}|${x}`
    if (!cache.has(k)) cache.set(k, pairDecision(kb, x, y))
    return cache.get(k)!
  }
  const event = req.eventDate ? { date: req.eventDate, daysBefore: req.eventDaysBefore ?? DEFAULT_EVENT_DAYS_BEFORE } : undefined
  const input: PlanInput = {
    treatments,
    pair,
    limits: { start: req.start, event, downtimeBudgetDays: req.downtimeBudgetDays, deferrals: (req.deferrals ?? []).filter((d) => req.slugs.includes(d.slug)) },
  }

  const proposal = req.sessions ? undefined : proposePlan(input)
  const sessions = proposal ? proposal.sessions : numberSessions(req.sessions!)
  const order = proposal ? proposal.order : req.slugs
  const ordered = order.map((s) => treatments.find((t) => t.slug === s)!)
  const orderedInput = { ...input, treatments: ordered }
  const violations = checkSchedule(orderedInput, sessions)
  const bySlug = new Map(ordered.map((t) => [t.slug, t]))
  const planned = sessions.map((s) => {
    const t = bySlug.get(s.slug)!
    return { ...s, name: t.name, downtimeUntil: addDays(s.date, Math.max(0, t.downtimeDays - 1)), violations: violations.filter((v) => v.sessionId === s.id) }
  })
  const pairs: PlanPair[] = []
  for (let i = 0; i < ordered.length; i++)
    for (let j = i + 1; j < ordered.length; j++) {
      const p = pair(ordered[i]!.slug, ordered[j]!.slug)
      pairs.push({ ...p, firstName: bySlug.get(p.first)!.name, secondName: bySlug.get(p.second)!.name })
    }
  const refIds = new Set([...pairs.flatMap((p) => [...p.refs, ...(p.conflict?.positions.flatMap((x) => x.refs) ?? [])]), ...violations.flatMap((v) => v.refs)])
  const unscheduled = proposal
    ? proposal.unscheduled
    : input.limits.deferrals
        .filter((d) => !d.until && !sessions.some((s) => s.slug === d.slug))
        .map((d) => ({ slug: d.slug, reason: `${bySlug.get(d.slug)!.name} is deferred by the screening with no end date.` }))
  return {
    proposed: !!proposal,
    order,
    treatments: ordered,
    sessions: planned,
    visits: visitsOf(planned, pair, order),
    pairs,
    unscheduled,
    violations,
    limits: { start: req.start, event: event ?? null, downtimeBudgetDays: req.downtimeBudgetDays ?? null, deferrals: input.limits.deferrals },
    totalDowntimeDays: sessions.reduce((sum, s) => sum + bySlug.get(s.slug)!.downtimeDays, 0),
    references: referencesById(kb).filter((r) => refIds.has(r.id)),
  }
}
