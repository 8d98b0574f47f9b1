import { describe, expect, it } from 'vitest'
import { parseCompareQuery } from '../../src-renderer/src/lib/compare-query'
import { decideOpen, normaliseSelection } from '../../src-renderer/src/lib/compare-selection'
import { COMPARISON_MAX } from '../../src-shared/limits'

// Made-up slugs: the rule knows nothing of the shipped treatments.
const [a, b, c, d, e, f] = ['alpha-peel', 'beta-laser', 'gamma-filler', 'delta-toxin', 'epsilon-rf', 'zeta-needling'] as const

describe('opening a comparison from a link', () => {
  it('just opens when there is no selection yet', () => {
    expect(decideOpen([], [a, b])).toEqual({ kind: 'open', slugs: [a, b] })
  })

  it('changes nothing when the link names the selection as it is, or no treatment at all', () => {
    expect(decideOpen([a, b, c], [a, b, c])).toEqual({ kind: 'keep' })
    expect(decideOpen([a, b], [a, b, a, b])).toEqual({ kind: 'keep' })
    expect(decideOpen([a, b], [])).toEqual({ kind: 'keep' })
    expect(decideOpen([], [])).toEqual({ kind: 'keep' })
  })

  it('opens without an offer when nothing would be lost: the same treatments in another order, or more added', () => {
    expect(decideOpen([a, b, c], [c, a, b])).toEqual({ kind: 'open', slugs: [c, a, b] })
    expect(decideOpen([a, b], [b, c, a])).toEqual({ kind: 'open', slugs: [b, c, a] })
  })

  it('replaces a different selection and hands back what it replaced, so it can be restored', () => {
    expect(decideOpen([a, b, c], [d, e])).toEqual({ kind: 'replace', slugs: [d, e], previous: [a, b, c] })
    // Dropping even one treatment of the selection counts as losing it.
    expect(decideOpen([a, b, c], [a, b])).toEqual({ kind: 'replace', slugs: [a, b], previous: [a, b, c] })
    expect(decideOpen([a, b], [a, c])).toEqual({ kind: 'replace', slugs: [a, c], previous: [a, b] })
  })

  it('reads duplicates in a link once, first place first', () => {
    expect(decideOpen([a], [b, a, b, c, a])).toEqual({ kind: 'open', slugs: [b, a, c] })
    expect(decideOpen([d], [b, b, c])).toEqual({ kind: 'replace', slugs: [b, c], previous: [d] })
  })

  it('treats a slug this knowledge base does not hold like any other: a link naming one still opens, a saved one is still offered back', () => {
    const retired = 'retired-device-2019'
    expect(decideOpen([a, retired], [a, b])).toEqual({ kind: 'replace', slugs: [a, b], previous: [a, retired] })
    expect(decideOpen([a, b], [a, b, 'not-a-treatment'])).toEqual({ kind: 'open', slugs: [a, b, 'not-a-treatment'] })
  })

  it('takes the first four of an over-long link, and decides on those four', () => {
    expect(COMPARISON_MAX).toBe(4)
    // The selection's treatments are all among the first four: nothing lost.
    expect(decideOpen([a, b], [a, b, c, d, e, f])).toEqual({ kind: 'open', slugs: [a, b, c, d] })
    // One of them falls beyond the limit: it would be lost, so it is offered back.
    expect(decideOpen([a, e], [a, b, c, d, e])).toEqual({ kind: 'replace', slugs: [a, b, c, d], previous: [a, e] })
    expect(normaliseSelection([a, b, c, d, e, f, a])).toEqual({ slugs: [a, b, c, d], overflow: [e, f] })
  })

  it('never shares the arrays it was given', () => {
    const current: string[] = [a, b]
    const d1 = decideOpen(current, [c])
    current.push(d)
    expect(d1).toEqual({ kind: 'replace', slugs: [c], previous: [a, b] })
  })
})

describe('the comparison address', () => {
  it('reads slugs once each, at most four, and reports the rest instead of dropping them', () => {
    expect(parseCompareQuery({ t: `${a}, ${b},${a},${c},${d},${e}`, fitz: 'IV' })).toEqual({ slugs: [a, b, c, d], overflow: [e], fitzpatrick: 'IV' })
    expect(parseCompareQuery({ t: 'Not A Slug,../x,' })).toEqual({ slugs: [], overflow: [] })
    expect(parseCompareQuery({ fitz: 'VII' })).toEqual({ slugs: [], overflow: [] })
  })
})
