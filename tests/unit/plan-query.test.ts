import { describe, expect, it } from 'vitest'
import { deferralsFromQuery, deferralsQuery, planSlugsFromQuery, screeningDeferrals } from '../../src-renderer/src/lib/plan-query'

describe('the plan link', () => {
  it('takes the screening deferrals to the plan: the latest end under the policy in force, or no end at all', () => {
    const deferrals = screeningDeferrals({
      deferred: [
        { slug: 'laser', blocks: [{ wait: { until: '2027-03-04', remainingTo: '2026-12-20' } }, { wait: { until: '2027-01-10' } }] },
        { slug: 'peel', blocks: [{ wait: { until: '2027-02-01' } }, {}] },
      ],
    })
    expect(deferrals).toEqual([{ slug: 'laser', until: '2027-01-10' }, { slug: 'peel' }])
    const q = { t: 'laser,peel,laser', defer: deferralsQuery(deferrals) }
    expect(q.defer).toBe('laser@2027-01-10,peel')
    expect(deferralsFromQuery(q)).toEqual(deferrals)
    expect(planSlugsFromQuery(q)).toEqual(['laser', 'peel'])
  })
})
