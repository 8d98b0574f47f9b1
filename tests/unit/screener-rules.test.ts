// The screener's safety rules on synthetic treatments and conditions, apart
// from the shipped content: stances, dated waits before, on and after their end,
// the contested-wait policy in both settings, and silence read as "no data".
import { describe, expect, it } from 'vitest'
import type { CandidateProfile } from '../../src-main/core/screener-profile'
import { addMonths } from '../../src-main/core/calendar'
import type { Contraindication, SafetyDecision, Treatment } from '../../src-main/core/content/schema'
import { judge, type JudgeContext } from '../../src-main/core/screener-rules'
import type { ContestedPolicy } from '../../src-main/core/user-data/settings-options'

const fitz = { pih: 'low', scarring: 'low' } as const
function treatment(row: SafetyDecision[]): Treatment {
  return {
    slug: 'synthetic',
    name: 'Synthetic treatment',
    aliases: [],
    brands: [],
    brandRefs: [],
    category: 'energy',
    involvesInjection: false,
    usesEnergyDevice: true,
    properties: ['heats-dermis'],
    summary: 's',
    body: 'b',
    clientSummary: 'c',
    mechanisms: [{ id: 'tightening', role: 'primary' }],
    depth: { minMm: 1, maxMm: 2, layers: ['reticular-dermis'], setting: 's', mmBasis: 'modelled', refs: ['r'] },
    concerns: [{ id: 'laxity', strength: 'moderate' }],
    risks: [{ name: 'Redness', frequency: 'common', refs: ['r'] }],
    downtimeDays: { min: 0, max: 1 },
    sessions: { min: 1, max: 1 },
    onsetWeeks: { min: 4, max: 12 },
    durationMonths: { min: 6, max: 12 },
    discomfort: 'mild',
    candidate: { ageMin: 30, ageMax: 70, glogau: [2, 3], profile: 'p' },
    contraindications: row,
    fitzpatrick: { I: fitz, II: fitz, III: fitz, IV: fitz, V: fitz, VI: fitz },
    aftercare: [{ when: 'Day 1', text: 't' }],
    warningSigns: ['w'],
    evidence: { level: 'B', note: 'n' },
    references: ['r', 's'],
    reviewed: '2026-12-04',
  }
}
const condition = (id: string, extra: Partial<Contraindication> = {}): Contraindication => ({
  id,
  name: `Condition ${id}`,
  reasoning: 'r',
  clientWording: 'c',
  refs: ['r'],
  riskOrder: false,
  rules: [],
  reviewed: '2026-12-04',
  ...extra,
})
const decision = (id: string, d: Partial<SafetyDecision>): SafetyDecision => ({
  id,
  stance: 'none',
  refs: ['r'],
  source: 'class',
  rule: 0,
  note: 'reason',
  ...d,
})

const DATED = condition('dated-thing', { dated: { dateLabel: 'When did it end?', endLabel: 'the end' } })
const CONTESTED = condition('contested-thing', {
  dated: { dateLabel: 'When did it end?', endLabel: 'the end' },
  conflict: {
    summary: 'They disagree.',
    positions: [
      { stance: 'Wait 6 months.', refs: ['r'] },
      { stance: 'Wait 1 month.', refs: ['s'] },
    ],
  },
})
const UNDATED = condition('undated-thing')
const records = new Map([DATED, CONTESTED, UNDATED].map((c) => [c.id, c]))
const TODAY = '2026-06-15'
const profile = (flags: string[], endedOn?: Record<string, string>): CandidateProfile => ({
  age: 40,
  fitzpatrick: 'II',
  glogau: 2,
  concerns: [],
  flags,
  ...(endedOn ? { endedOn } : {}),
  injectionsAcceptable: true,
  energyDevicesAcceptable: true,
})
// The longest wait the (synthetic) matrix gives each dated condition: how long its cautions stay current.
const CURRENT = new Map([
  ['dated-thing', 6],
  ['contested-thing', 6],
])
const ctx = (flags: string[], policy: ContestedPolicy = 'cautious', today = TODAY, currentMonths = CURRENT): JudgeContext => ({
  today,
  policy,
  records,
  flags: new Set(flags),
  currentMonths,
})
const run = (
  row: SafetyDecision[],
  flags: string[],
  endedOn?: Record<string, string>,
  policy: ContestedPolicy = 'cautious',
  today = TODAY,
  currentMonths = CURRENT,
) => judge(treatment(row), profile(flags, endedOn), ctx(flags, policy, today, currentMonths))

describe('stances', () => {
  it('excludes, defers, cautions or notes "no known interaction" as the matrix says', () => {
    const row = [
      decision('a', { stance: 'exclude' }),
      decision('b', { stance: 'caution' }),
      decision('c', { stance: 'none', note: 'No mechanism.' }),
      decision('undated-thing', { stance: 'defer' }),
    ]
    const v = run(row, ['a', 'b', 'c', 'undated-thing'])
    expect(v.exclusions.map((f) => [f.rule, f.contraindication?.id])).toEqual([['absolute-contraindication', 'a']])
    expect(v.deferrals.map((f) => [f.rule, f.contraindication?.id])).toEqual([['temporary-contraindication', 'undated-thing']])
    expect(v.cautions.map((f) => [f.rule, f.level, f.contraindication?.id])).toEqual([
      ['relative-contraindication', 'caution', 'b'],
      ['no-known-interaction', 'info', 'c'],
    ])
    expect(v.cautions[1]!.note).toBe('No mechanism.')
  })

  it('names every flagged condition for the treatment, and a missing decision as "no data", never as nothing', () => {
    const v = run([decision('a', { stance: 'none' })], ['a', 'forgotten'])
    const named = [...v.exclusions, ...v.deferrals, ...v.cautions].map((f) => f.contraindication?.id)
    expect(named.sort()).toEqual(['a', 'forgotten'])
    const missing = v.cautions.find((f) => f.contraindication?.id === 'forgotten')!
    expect(missing.rule).toBe('no-data')
    expect(missing.level).toBe('high')
  })

  it('ignores conditions the client does not have', () => {
    const v = run([decision('a', { stance: 'exclude' })], [])
    expect([...v.exclusions, ...v.deferrals, ...v.cautions]).toEqual([])
  })
})

describe('dated conditions', () => {
  const row = [decision('dated-thing', { stance: 'defer', waitMonths: 6 })]

  it('defers with no end date while the condition is ongoing (no date given)', () => {
    const v = run(row, ['dated-thing'])
    expect(v.deferrals).toHaveLength(1)
    expect(v.deferrals[0]!.wait).toEqual({ months: 6 })
  })

  it('defers until the wait ends, with the time still to go, before the end', () => {
    const since = '2026-03-01'
    const v = run(row, ['dated-thing'], { 'dated-thing': since })
    expect(v.deferrals[0]!.wait).toMatchObject({ months: 6, since, until: addMonths(since, 6), remaining: { months: 2, days: 17 } })
  })

  it('lifts the deferral on the day the wait ends, shown as "wait over"', () => {
    const since = addMonths(TODAY, -6)
    expect(addMonths(since, 6)).toBe(TODAY)
    const v = run(row, ['dated-thing'], { 'dated-thing': since })
    expect(v.deferrals).toEqual([])
    expect(v.cautions.map((f) => [f.rule, f.level])).toEqual([['wait-over', 'info']])
  })

  it('lifts the deferral long after the wait (a tan that faded three years ago)', () => {
    const v = run(row, ['dated-thing'], { 'dated-thing': '2023-06-01' })
    expect(v.deferrals).toEqual([])
    expect(v.cautions[0]!.rule).toBe('wait-over')
    expect(v.cautions[0]!.wait?.until).toBe('2023-12-01')
  })

  it('still defers one day before the end', () => {
    const since = addMonths('2026-06-16', -6)
    const v = run(row, ['dated-thing'], { 'dated-thing': since })
    expect(v.deferrals[0]!.wait?.remaining).toEqual({ months: 0, days: 1 })
  })

  it('counts a month-end date to the last day of a shorter month, and a leap day to 28 February', () => {
    expect(run(row, ['dated-thing'], { 'dated-thing': '2025-08-31' }, 'cautious', '2026-02-27').deferrals[0]!.wait?.until).toBe('2026-02-28')
    const leap = [decision('dated-thing', { stance: 'defer', waitMonths: 12 })]
    expect(run(leap, ['dated-thing'], { 'dated-thing': '2024-02-29' }, 'cautious', '2025-02-27').deferrals[0]!.wait?.until).toBe('2025-02-28')
    expect(run(leap, ['dated-thing'], { 'dated-thing': '2024-02-29' }, 'cautious', '2025-02-28').deferrals).toEqual([])
  })

  it('keeps a caution for a dated condition while its date is within the longest wait the matrix gives that condition', () => {
    const caution = [decision('dated-thing', { stance: 'caution' })]
    const since = addMonths('2026-06-16', -6)
    expect(run(caution, ['dated-thing'], { 'dated-thing': since }).cautions.map((f) => [f.rule, f.level])).toEqual([['relative-contraindication', 'caution']])
    // No date: the condition is current, so the caution holds however long ago anything else ended.
    expect(run(caution, ['dated-thing']).cautions.map((f) => f.rule)).toEqual(['relative-contraindication'])
  })

  it('lets a dated caution lapse to information once the longest wait has passed (on the day, and years later)', () => {
    const caution = [decision('dated-thing', { stance: 'caution' })]
    for (const since of [addMonths(TODAY, -6), '2023-06-01']) {
      const v = run(caution, ['dated-thing'], { 'dated-thing': since })
      expect(v.cautions.map((f) => [f.rule, f.level])).toEqual([['caution-lapsed', 'info']])
      expect(v.cautions[0]!.wait).toEqual({ months: 6, since, until: addMonths(since, 6) })
    }
  })

  it('never lets a caution lapse when the matrix gives the condition no wait, nor for an undated condition', () => {
    const noWaits = new Map<string, number>()
    expect(
      run([decision('dated-thing', { stance: 'caution' })], ['dated-thing'], { 'dated-thing': '2000-01-01' }, 'cautious', TODAY, noWaits).cautions[0]!.rule,
    ).toBe('relative-contraindication')
    const undated = run(
      [decision('undated-thing', { stance: 'caution' })],
      ['undated-thing'],
      { 'undated-thing': '2000-01-01' },
      'cautious',
      TODAY,
      new Map([['undated-thing', 1]]),
    )
    expect(undated.cautions[0]!.rule).toBe('relative-contraindication')
  })

  it('does not read a date for an undated condition: it lasts until the condition has passed', () => {
    const v = run([decision('undated-thing', { stance: 'defer' })], ['undated-thing'], { 'undated-thing': '2020-01-01' })
    expect(v.deferrals).toHaveLength(1)
    expect(v.deferrals[0]!.wait).toBeUndefined()
  })
})

describe('contested waits, one policy for every treatment', () => {
  const row = [decision('contested-thing', { stance: 'defer', waitMonths: 6, minWaitMonths: 1 })]
  const since = '2026-04-15' // 2 months ago: past the 1-month position, inside the 6-month one

  it('most cautious (the default): defers until the longest cited wait, with the shorter one and the conflict shown', () => {
    const v = run(row, ['contested-thing'], { 'contested-thing': since })
    const f = v.deferrals[0]!
    expect(f.rule).toBe('temporary-contraindication')
    expect(f.wait).toMatchObject({ months: 6, minMonths: 1, until: '2026-10-15', minUntil: '2026-05-15', remaining: { months: 4, days: 0 } })
    expect(f.conflict?.positions).toHaveLength(2)
  })

  it('show as a caution: once the shortest cited wait has passed, the treatment is a high caution with both positions', () => {
    const v = run(row, ['contested-thing'], { 'contested-thing': since }, 'caution')
    expect(v.deferrals).toEqual([])
    expect(v.cautions.map((f) => [f.rule, f.level])).toEqual([['contested-wait', 'high']])
    expect(v.cautions[0]!.conflict?.summary).toBe('They disagree.')
  })

  it('show as a caution: before the shortest cited wait has passed, it still defers, counting to that shorter end', () => {
    const v = run(row, ['contested-thing'], { 'contested-thing': '2026-06-01' }, 'caution')
    expect(v.deferrals[0]!.wait).toMatchObject({ minUntil: '2026-07-01', remaining: { months: 0, days: 16 } })
  })

  it('a position that needs no wait: deferred under the cautious policy, a caution under the other, even without a date', () => {
    const none = [decision('contested-thing', { stance: 'defer', waitMonths: 6, minWaitMonths: 0 })]
    expect(run(none, ['contested-thing']).deferrals).toHaveLength(1)
    expect(run(none, ['contested-thing'], undefined, 'caution').cautions.map((f) => f.rule)).toEqual(['contested-wait'])
  })

  it('both policies agree once the longest wait is over', () => {
    for (const policy of ['cautious', 'caution'] as const) {
      const v = run(row, ['contested-thing'], { 'contested-thing': '2025-01-01' }, policy)
      expect(
        v.cautions.map((f) => f.rule),
        policy,
      ).toEqual(['wait-over'])
    }
  })
})
