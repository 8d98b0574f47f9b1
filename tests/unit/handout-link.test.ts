import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { handoutQuery, parseHandoutQuery } from '../../src-main/core/handout-link'
import { HANDOUT_SECTIONS, type HandoutRequest } from '../../src-main/core/handout-options'

/** What vue-router hands the view: the query as it comes out of a URL. */
const throughUrl = (q: Record<string, string>) => Object.fromEntries(new URLSearchParams(new URLSearchParams(q).toString()))

describe('the /handout link', () => {
  it('reads the short link the treatment page, comparison and screener make', () => {
    expect(parseHandoutQuery({ t: 'glycolic-acid-peel,dermapen' })).toEqual({ request: { slugs: ['glycolic-acid-peel', 'dermapen'] } })
    expect(parseHandoutQuery({})).toEqual({ request: { slugs: [] } })
  })

  it('carries a whole request to the print window and back unchanged', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0)
    const request = fc.record(
      {
        slugs: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { minLength: 1, maxLength: 5 }),
        sections: fc.subarray([...HANDOUT_SECTIONS], { minLength: 1, maxLength: HANDOUT_SECTIONS.length - 1 }),
        clientName: text,
        date: fc.constant('2026-11-21'),
        practitionerNote: text,
      },
      { requiredKeys: ['slugs'] },
    )
    fc.assert(
      fc.property(request, fc.constantFrom('a4' as const, 'letter' as const), (req: HandoutRequest, paper) => {
        expect(parseHandoutQuery(throughUrl(handoutQuery(req, paper)))).toEqual({ request: req, paper })
      }),
    )
  })

  it('ignores section names and paper sizes it does not know', () => {
    expect(parseHandoutQuery({ t: 'prp', s: 'aftercare,gossip', paper: 'tabloid' })).toEqual({ request: { slugs: ['prp'], sections: ['aftercare'] } })
    expect(parseHandoutQuery({ t: 'prp', s: 'gossip' })).toEqual({ request: { slugs: ['prp'] } })
  })

  it('leaves every section out of the link when all are wanted', () => {
    expect(handoutQuery({ slugs: ['prp'], sections: [...HANDOUT_SECTIONS] })).toEqual({ t: 'prp' })
  })
})
