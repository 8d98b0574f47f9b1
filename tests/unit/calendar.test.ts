import { describe, expect, it } from 'vitest'
import { addMonths, localToday, monthsAndDaysBetween, parseIsoDate } from '../../src-main/core/calendar'

describe('calendar arithmetic for waits', () => {
  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-03-01', 6)).toBe('2026-09-01')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15')
  })

  it('turns a fractional month into days ("0.5 months" is about two weeks)', () => {
    expect(addMonths('2026-05-22', 0.5)).toBe('2026-06-06')
    expect(addMonths('2026-05-22', 0)).toBe('2026-05-22')
  })

  it('measures the time still to go in whole months and days', () => {
    expect(monthsAndDaysBetween('2026-06-01', '2026-09-01')).toEqual({ months: 3, days: 0 })
    expect(monthsAndDaysBetween('2026-06-01', '2026-06-06')).toEqual({ months: 0, days: 5 })
    expect(monthsAndDaysBetween('2026-01-31', '2026-03-01')).toEqual({ months: 1, days: 1 })
    expect(monthsAndDaysBetween('2026-06-01', '2026-05-01')).toEqual({ months: 0, days: 0 })
  })

  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined()
    expect(parseIsoDate('2026-13-01')).toBeUndefined()
    expect(parseIsoDate('1 March 2026')).toBeUndefined()
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(parseIsoDate('0050-03-01')?.getUTCFullYear()).toBe(50)
  })

  it("writes today's date as the practitioner's calendar shows it", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
