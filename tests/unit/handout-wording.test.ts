import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRealDate } from '../../src-main/core/handout-options'
import { downtimeText, longDate, resultsText, sessionsText, waitText } from '../../src-main/core/handout-wording'

const r = (min: number, max: number) => ({ min, max })

describe('numbers said the way a client reads them', () => {
  it.each([
    [r(4, 6), r(2, 4), 'Usually 4 to 6 sessions, 2 to 4 weeks apart.'],
    [r(3, 3), r(3, 3), 'A course of 3 sessions, about 3 weeks apart.'],
    [r(1, 2), undefined, 'Usually 1 to 2 sessions.'],
    [r(1, 1), undefined, 'A single session.'],
    [r(1, 1), r(12, 26), 'A single session. It can be repeated every 3 to 6 months if you want to keep the effect.'],
    [r(1, 3), r(4, 12), 'Usually 1 to 3 sessions, 4 weeks to 3 months apart.'],
    [r(10, 30), r(0.5, 1), 'Usually 10 to 30 sessions, 4 to 7 days apart.'],
    [r(1, 2), r(26, 52), 'Usually 1 to 2 sessions, 6 to 12 months apart.'],
  ])('sessions %j every %j weeks: %s', (sessions, intervalWeeks, said) => {
    expect(sessionsText({ sessions, intervalWeeks })).toBe(said)
  })

  it.each([
    [r(0, 0), r(6, 18), 'You will see the result straight away, and usually last 6 to 18 months.'],
    [r(0, 6), r(1, 2), 'You may notice a change straight away; the full result can take up to 6 weeks to show, and usually last 1 to 2 months.'],
    [r(0.2, 2), r(3, 6), 'Results usually start to show after 1 day to 2 weeks, and usually last 3 to 6 months.'],
    [r(2, 26), r(12, 48), 'Results usually start to show after 2 weeks to 6 months, and usually last 1 to 4 years.'],
    [r(8, 12), r(12, 12), 'Results usually start to show after 8 weeks to 3 months, and usually last about 1 year.'],
    [r(3, 16), r(60, 180), 'Results usually start to show after 3 weeks to 4 months, and usually last 5 to 15 years.'],
    [r(4, 26), r(12, 25), 'Results usually start to show after 4 weeks to 6 months, and usually last 1 to 2 years.'],
  ])('results after %j weeks lasting %j months: %s', (onsetWeeks, durationMonths, said) => {
    expect(resultsText({ onsetWeeks, durationMonths })).toBe(said)
  })

  it.each([
    [r(0, 0), 'Little or none: most people go straight back to their day.'],
    [r(0, 1), 'Little or none for many people; allow up to 1 day of redness or swelling.'],
    [r(3, 7), 'Allow 3 to 7 days before your skin looks and feels back to normal.'],
    [r(7, 21), 'Allow 7 days to 3 weeks before your skin looks and feels back to normal.'],
    [r(14, 28), 'Allow 2 to 4 weeks before your skin looks and feels back to normal.'],
  ])('downtime %j days: %s', (downtimeDays, said) => {
    expect(downtimeText({ downtimeDays })).toBe(said)
  })

  it('says waits in weeks under a month and in months above', () => {
    expect(waitText(0.5)).toBe('about 2 weeks')
    expect(waitText(6)).toBe('about 6 months')
    expect(waitText(1)).toBe('about 1 month')
  })

  it('never prints a broken number or a wrong plural, whatever the ranges', () => {
    const n = fc.double({ min: 0, max: 400, noNaN: true })
    const range = fc.tuple(n, n).map(([a, b]) => r(Math.min(a, b), Math.max(a, b)))
    const count = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })).map(([a, b]) => r(Math.min(a, b), Math.max(a, b)))
    fc.assert(
      fc.property(count, fc.option(range, { nil: undefined }), range, range, range, (sessions, intervalWeeks, onsetWeeks, durationMonths, downtimeDays) => {
        const texts = [sessionsText({ sessions, intervalWeeks }), resultsText({ onsetWeeks, durationMonths }), downtimeText({ downtimeDays })]
        for (const t of texts) {
          expect(t).not.toMatch(/NaN|undefined|Infinity|\b0 (day|week|month|year)|\b1 (days|weeks|months|years|sessions)\b|\.\d{3,}/)
          expect(t).toMatch(/^[A-Z].*\.$/)
        }
      }),
    )
  })
})

describe('dates', () => {
  it('prints a date the same way in every locale and time zone', () => {
    expect(longDate('2026-01-05')).toBe('5 January 2026')
    expect(longDate('2026-12-31')).toBe('31 December 2026')
  })

  it('knows which days exist', () => {
    expect(isRealDate('2028-02-29')).toBe(true)
    for (const d of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '21/11/2026', '']) expect(isRealDate(d), d).toBe(false)
  })
})
