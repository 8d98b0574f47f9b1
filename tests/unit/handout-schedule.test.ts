import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildHandout } from '../../src-main/core/handout'
import { handoutQuery, parseHandoutQuery } from '../../src-main/core/handout-link'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let fx: FixtureKb
let kb: KnowledgeBase
beforeAll(() => {
  fx = fixtureKb()
  fx.compile()
  kb = openKnowledgeBase(fx.dbPath)
})
afterAll(() => {
  kb.close()
  fx.dispose()
})

const schedule = [
  { slug: 'superficial-peel', date: '2028-02-28' },
  { slug: 'deep-laser', date: '2028-02-29' },
  { slug: 'superficial-peel', date: '2028-03-27' },
]

describe('the plan handout with dates', () => {
  it('carries the sessions through the handout link, so the print window prints the same dates', () => {
    const q = handoutQuery({ slugs: ['deep-laser', 'superficial-peel'], schedule })
    expect(q.plan).toBe('superficial-peel@2028-02-28,deep-laser@2028-02-29,superficial-peel@2028-03-27')
    expect(parseHandoutQuery(q).request.schedule).toEqual(schedule)
  })

  it('prints one entry per visit with the weekday, each session counted and the recovery it needs', () => {
    const h = buildHandout(kb, { slugs: ['superficial-peel', 'deep-laser'], schedule })
    expect(h.subtitle).toBe('2 treatments, with your dates')
    expect(h.schedule!.map((v) => v.dateText)).toEqual(['Monday 28 February 2028', 'Tuesday 29 February 2028', 'Monday 27 March 2028'])
    expect(h.schedule![1]!.items).toEqual([
      { name: expect.any(String), session: 'one session', downtime: 'allow for up to 14 days of recovery, until 13 March 2028' },
    ])
    expect(h.schedule![2]!.items[0]!.session).toBe('session 2 of 2')
  })

  it('refuses a session of a treatment that is not on the sheet', () => {
    expect(() => buildHandout(kb, { slugs: ['deep-laser'], schedule })).toThrow(/not one of the handout's treatments/)
  })
})
