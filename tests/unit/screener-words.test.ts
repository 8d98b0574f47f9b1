// How a deferral's wait is said on the screener: the date it ends, the time to go,
// and the shorter cited position always beside the most cautious one.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src-main/api/screener-types'
import { findingTitle, findingWait, formatDate } from '../../src-renderer/src/lib/screener-words'

const deferral = (wait: Finding['wait'], endLabel?: string): Finding => ({
  rule: 'temporary-contraindication',
  level: 'block',
  refs: [],
  contraindication: { id: 'x', name: 'X', stance: 'defer', source: 'class', ...(endLabel ? { endLabel } : {}) },
  wait,
})

describe('deferral wording', () => {
  it('gives the end date and the time to go for a dated condition', () => {
    const text = findingWait(
      deferral({ months: 6, since: '2026-03-01', until: '2026-09-01', remaining: { months: 2, days: 17 }, remainingTo: '2026-09-01' }, 'the last dose'),
    )
    expect(text).toBe(`Wait until 6 months after the last dose: 2 months and 17 days to go (until ${formatDate('2026-09-01')}).`)
  })

  it('says a dated condition with no date is taken as current, and shows the shorter cited wait', () => {
    expect(findingWait(deferral({ months: 12, minMonths: 6 }, 'the last dose'))).toBe(
      'Wait until 12 months after the last dose; no date was given, so it is taken as still current. Sources disagree: another cited position needs only 6 months.',
    )
  })

  it('asks no date of an undated condition, and says when a cited position needs no wait', () => {
    expect(findingWait(deferral({ months: 0, minMonths: 0 }))).toBe('Wait until it has passed. Sources disagree: another cited position finds no need to wait.')
  })

  it('counts to the shorter end when the policy shows contested waits as a caution', () => {
    const text = findingWait(
      deferral(
        {
          months: 6,
          minMonths: 1,
          since: '2026-06-01',
          until: '2026-12-01',
          minUntil: '2026-07-01',
          remaining: { months: 0, days: 16 },
          remainingTo: '2026-07-01',
        },
        'the last dose',
      ),
    )
    expect(text).toMatch(/^Wait until 6 months after the last dose \(1 Dec 2026\); the shortest wait a source supports ends 1 Jul 2026: 16 days to go\.$/)
  })
})

describe('a dated caution that is no longer current', () => {
  it('names the condition as no longer current and says from when, and after what', () => {
    const lapsed: Finding = {
      rule: 'caution-lapsed',
      level: 'info',
      refs: [],
      contraindication: { id: 'x', name: 'Recent facial surgery', stance: 'caution', source: 'class', endLabel: 'the surgery' },
      wait: { months: 3, since: '2025-06-01', until: '2025-09-01' },
    }
    expect(findingTitle(lapsed)).toBe('Recent facial surgery: no longer current')
    expect(findingWait(lapsed)).toBe(
      `More than 3 months since the surgery, the longest wait the handbook gives for it (ended on ${formatDate('2025-09-01')}): the caution no longer applies.`,
    )
  })
})
