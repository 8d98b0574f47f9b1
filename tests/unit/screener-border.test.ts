// The screener at the border (validated 'screener/run') and the content rule
// that feeds its contested waits (minWaitMonths), on the small fixture content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src-main/api/dispatch'
import type { ScreeningResult } from '../../src-main/api/screener-types'
import { localToday } from '../../src-main/core/calendar'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { screenerHandlers } from '../../src-main/api/handlers/screener-handlers'
import type { Handlers } from '../../src-main/api/handlers/handler-types'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

const profile = { age: 40, fitzpatrick: 'III', glogau: 2, concerns: ['fine-lines'], flags: [], injectionsAcceptable: true, energyDevicesAcceptable: true }

describe("'screener/run' at the border", () => {
  let fx: FixtureKb
  let ctx: HandlerContext
  beforeAll(() => {
    fx = fixtureKb()
    fx.compile()
    ctx = createHandlerContext({ kbPath: fx.dbPath })
  })
  afterAll(() => {
    ctx.close()
    fx.dispose()
  })
  const run = (args: unknown) => dispatch(screenerHandlers as Handlers, ctx, 'screener/run', args)

  it('screens a valid profile against today’s date', async () => {
    const r = await run({ profile })
    if (!r.ok) throw new Error(r.error.message)
    const v = r.value as ScreeningResult
    expect(v.today).toBe(localToday())
    expect(v.suitable.map((t) => t.slug)).toEqual(['deep-laser', 'superficial-peel'])
  })

  it.each([
    ['an age under 12', { ...profile, age: 5 }, 'profile.age'],
    ['a Fitzpatrick type VII', { ...profile, fitzpatrick: 'VII' }, 'profile.fitzpatrick'],
    ['a Glogau class 5', { ...profile, glogau: 5 }, 'profile.glogau'],
    ['a concern listed twice', { ...profile, concerns: ['fine-lines', 'fine-lines'] }, 'profile.concerns'],
    ['a malformed date', { ...profile, flags: ['isotretinoin'], endedOn: { isotretinoin: '1/3/2026' } }, 'profile.endedOn'],
    ['a field the form never sends', { ...profile, name: 'Jane Doe' }, 'profile'],
  ])('refuses %s with BAD_ARGUMENTS naming the field', async (_n, p, field) => {
    const r = await run({ profile: p })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } })
    if (!r.ok) expect(r.error.details?.join(' ')).toContain(field)
  })

  it('refuses a condition the knowledge base does not know, in plain words', async () => {
    expect(await run({ profile: { ...profile, flags: ['keloid-tendency'] } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENTS', message: expect.stringContaining('no condition "keloid-tendency"') },
    })
  })
})

describe('content rule: minWaitMonths', () => {
  let fx: FixtureKb
  beforeAll(() => {
    fx = fixtureKb()
  })
  afterAll(() => fx.dispose())
  const isotretinoin = 'conditions/isotretinoin.yaml'
  const withMin = (n: number) => (s: string) => s.replace('minWaitMonths: 0', `minWaitMonths: ${n}`)

  it('accepts a shorter wait for a condition whose record holds a conflict', () => {
    fx.edit(isotretinoin, withMin(1))
    expect(() => fx.compile()).not.toThrow()
  })

  it('refuses a shorter wait longer than the conservative one', () => {
    fx.edit(isotretinoin, (s) => s.replace(/minWaitMonths: \d+/, 'minWaitMonths: 9'))
    expect(() => fx.compile()).toThrow(/isotretinoin › rules\.0\.minWaitMonths: minWaitMonths needs a waitMonths at least as long/)
  })

  it('refuses a shorter wait with no conflict to support it', () => {
    fx.edit(isotretinoin, (s) => s.replace(/minWaitMonths: \d+/, 'minWaitMonths: 0'))
    fx.edit('conditions/pregnancy-breastfeeding.yaml', (s) => s.replace('stance: defer', 'stance: defer\n    waitMonths: 3\n    minWaitMonths: 0'))
    expect(() => fx.compile()).toThrow(/pregnancy-breastfeeding › rules\.0\.minWaitMonths: a shorter wait needs the conflict/)
  })
})
