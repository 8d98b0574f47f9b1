import { describe, expect, it } from 'vitest'
import { resolvePairs } from '../../src-main/core/combinations/resolve-pairs'
import type { CombinationRule } from '../../src-main/core/content/combination-schema'
import { checkSchedule, numberSessions } from '../../src-main/core/plan/plan-check'
import { addDays, daysBetween } from '../../src-main/core/plan/plan-dates'
import { proposePlan } from '../../src-main/core/plan/plan-propose'
import { visitsOf } from '../../src-main/core/plan/plan-visits'
import type { PlanInput, PlanLimits, PlanTreatment } from '../../src-main/core/plan/plan-types'

// Synthetic treatments: none of these is shipped content.
const T: Record<string, PlanTreatment & { properties: string[] }> = {
  device: { slug: 'device', name: 'Device', sessions: { min: 3, max: 3 }, intervalDays: 28, downtimeDays: 2, properties: ['heats-dermis'] },
  filler: { slug: 'filler', name: 'Filler', sessions: { min: 1, max: 2 }, intervalDays: 14, downtimeDays: 3, properties: ['leaves-implant', 'injects'] },
  toxin: { slug: 'toxin', name: 'Toxin', sessions: { min: 1, max: 1 }, intervalDays: 90, downtimeDays: 0, properties: ['neurotoxin', 'injects'] },
  resurfacing: { slug: 'resurfacing', name: 'Resurfacing', sessions: { min: 1, max: 1 }, intervalDays: 0, downtimeDays: 10, properties: ['ablative'] },
}
const rule = (r: Partial<CombinationRule> & Pick<CombinationRule, 'id' | 'a' | 'b'>): CombinationRule => ({
  sameDay: 'yes',
  gapDays: { aThenB: 0, bThenA: 0 },
  why: 'Because.',
  refs: ['ref-x'],
  ...r,
})
const deviceBeforeFiller = rule({
  id: 'device-then-filler',
  a: { when: ['heats-dermis'], unless: [] },
  b: { when: ['leaves-implant'], unless: [] },
  sameDay: 'in-order',
  gapDays: { aThenB: 0, bThenA: 28 },
})

function input(slugs: string[], rules: { cls?: CombinationRule[]; pairs?: CombinationRule[] } = {}, limits: Partial<PlanLimits> = {}): PlanInput {
  const treatments = slugs.map((s) => T[s]!)
  const decided = resolvePairs(treatments, rules.cls ?? [], rules.pairs ?? [])
  return {
    treatments,
    pair: (x, y) => decided.find((p) => (p.first === x && p.second === y) || (p.first === y && p.second === x))!,
    limits: { start: '2027-03-01', deferrals: [], ...limits },
  }
}
const datesOf = (sessions: { slug: string; date: string }[], slug: string) => sessions.filter((s) => s.slug === slug).map((s) => s.date)

describe('plan: order and interval rules', () => {
  it('puts the device before the filler at a shared visit and spaces the course by its interval', () => {
    const inp = input(['filler', 'device'], { cls: [deviceBeforeFiller] })
    const p = proposePlan(inp)
    expect(p.order).toEqual(['device', 'filler'])
    expect(datesOf(p.sessions, 'device')).toEqual(['2027-03-01', '2027-03-29', '2027-04-26'])
    // Filler shares the first visit, after the device; the next device session is 28 days later, as the rule asks.
    expect(datesOf(p.sessions, 'filler')).toEqual(['2027-03-01'])
    expect(checkSchedule(inp, p.sessions)).toEqual([])
    expect(visitsOf(p.sessions, inp.pair, ['filler', 'device'])[0]).toEqual({ date: '2027-03-01', sessionIds: ['device#1', 'filler#1'] })
  })

  it('marks a moved session that breaks the gap, with the rule and its reference', () => {
    const inp = input(['device', 'filler'], { cls: [deviceBeforeFiller] })
    const sessions = numberSessions([
      { slug: 'filler', date: '2027-03-01' },
      { slug: 'device', date: '2027-03-10' },
      { slug: 'device', date: '2027-03-20' },
    ])
    const v = checkSchedule(inp, sessions)
    expect(v.map((x) => [x.sessionId, x.kind])).toEqual([
      ['device#1', 'pair-gap'],
      ['device#2', 'pair-gap'],
      ['device#2', 'interval'],
    ])
    expect(v[0]).toMatchObject({ ruleIds: ['device-then-filler'], refs: ['ref-x'] })
    expect(v[0]!.message).toMatch(/9 days after Filler \(session 1\); the rule asks for at least 28 days/)
  })

  it('never puts a pair with no data at one visit, and says why when the practitioner does', () => {
    const inp = input(['toxin', 'resurfacing'])
    const p = proposePlan(inp)
    expect(new Set(p.sessions.map((s) => s.date)).size).toBe(2)
    const v = checkSchedule(
      inp,
      numberSessions([
        { slug: 'toxin', date: '2027-03-01' },
        { slug: 'resurfacing', date: '2027-03-01' },
      ]),
    )
    expect(v).toHaveLength(1)
    expect(v[0]).toMatchObject({ kind: 'same-visit-no-data' })
    expect(v[0]!.message).toMatch(/No data: use clinical judgement/)
  })
})

describe('plan: a conflict between rules', () => {
  it('follows the most cautious of two rules on one pair', () => {
    const short = rule({ id: 'short', a: { when: ['injects'], unless: [] }, b: { when: ['heats-dermis'], unless: [] }, gapDays: { aThenB: 7, bThenA: 0 } })
    const inp = input(['filler', 'device'], { cls: [deviceBeforeFiller, short] })
    expect(inp.pair('filler', 'device')).toMatchObject({
      ruleIds: ['device-then-filler', 'short'],
      first: 'device',
      gapFirstThenSecond: 0,
      gapSecondThenFirst: 28,
      sameDay: 'in-order',
    })
    const sessions = numberSessions([
      { slug: 'filler', date: '2027-03-01' },
      { slug: 'device', date: '2027-03-15' },
    ])
    const v = checkSchedule(inp, sessions)
    expect(v).toHaveLength(1)
    expect(v[0]!.ruleIds).toEqual(['device-then-filler', 'short'])
    expect(v[0]!.message).toMatch(/at least 28 days/)
  })

  it('lets a specific rule override a class rule in the schedule', () => {
    const relaxed = rule({ id: 'relaxed', a: { slugs: ['device'] }, b: { slugs: ['filler'] }, sameDay: 'yes', gapDays: { aThenB: 0, bThenA: 7 } })
    const inp = input(['filler', 'device'], { cls: [deviceBeforeFiller], pairs: [relaxed] })
    expect(
      checkSchedule(
        inp,
        numberSessions([
          { slug: 'filler', date: '2027-03-01' },
          { slug: 'device', date: '2027-03-08' },
        ]),
      ),
    ).toEqual([])
  })
})

describe('plan: the client limits', () => {
  it('moves a session whose downtime would reach into the days before the event to after it', () => {
    // Resurfacing has 10 days of downtime; the event is on 2027-03-20 with 14 free days before it.
    const inp = input(['resurfacing'], {}, { event: { date: '2027-03-20', daysBefore: 14 } })
    const p = proposePlan(inp)
    expect(datesOf(p.sessions, 'resurfacing')).toEqual(['2027-03-21'])
    // By hand on the start date it is marked: days 1–10 of March overlap 6–20 March.
    const v = checkSchedule(inp, numberSessions([{ slug: 'resurfacing', date: '2027-03-01' }]))
    expect(v.map((x) => x.kind)).toEqual(['event'])
    expect(v[0]!.message).toMatch(/14 days before the event on 2027-03-20/)
  })

  it('keeps a short-downtime session before the event when it heals in time, and honours an edited number of days', () => {
    const base = { event: { date: '2027-03-20', daysBefore: 14 } }
    // Device: 2 days of downtime on 1 March ends 2 March, before the window opens on 6 March.
    expect(checkSchedule(input(['device'], {}, base), numberSessions([{ slug: 'device', date: '2027-03-01' }]))).toEqual([])
    const stricter = input(['device'], {}, { event: { date: '2027-03-20', daysBefore: 19 } })
    expect(checkSchedule(stricter, numberSessions([{ slug: 'device', date: '2027-03-01' }])).map((v) => v.kind)).toEqual(['event'])
  })

  it('starts a deferred treatment no earlier than the day its wait ends', () => {
    const inp = input(['toxin', 'device'], {}, { deferrals: [{ slug: 'device', until: '2027-05-31' }] })
    const p = proposePlan(inp)
    expect(datesOf(p.sessions, 'toxin')).toEqual(['2027-03-01'])
    expect(datesOf(p.sessions, 'device')).toEqual(['2027-05-31', '2027-06-28', '2027-07-26'])
    expect(checkSchedule(inp, numberSessions([{ slug: 'device', date: '2027-05-30' }])).map((v) => v.kind)).toEqual(['deferral'])
  })

  it('does not schedule a treatment deferred with no end date, and says so', () => {
    const p = proposePlan(input(['toxin', 'device'], {}, { deferrals: [{ slug: 'device' }] }))
    expect(datesOf(p.sessions, 'device')).toEqual([])
    expect(p.unscheduled).toEqual([{ slug: 'device', reason: expect.stringMatching(/no end date/) }])
  })

  it('marks the sessions that take the plan over the downtime budget', () => {
    const inp = input(['device'], {}, { downtimeBudgetDays: 4 })
    const p = proposePlan(inp)
    const v = checkSchedule(inp, p.sessions)
    expect(v.map((x) => [x.sessionId, x.kind])).toEqual([['device#3', 'downtime-budget']])
  })
})

describe('plan: dates only, across month ends and leap days', () => {
  it('adds days across month ends, year ends and 29 February', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01')
    expect(addDays('2028-01-31', 29)).toBe('2028-02-29')
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29)
    expect(daysBetween('2100-02-01', '2100-03-01')).toBe(28)
  })

  it('schedules a course through a leap February from a month-end start', () => {
    const p = proposePlan(input(['device'], {}, { start: '2028-01-31' }))
    expect(datesOf(p.sessions, 'device')).toEqual(['2028-01-31', '2028-02-28', '2028-03-27'])
    const q = proposePlan(input(['device'], {}, { start: '2028-02-01' }))
    expect(datesOf(q.sessions, 'device')).toEqual(['2028-02-01', '2028-02-29', '2028-03-28'])
  })
})
