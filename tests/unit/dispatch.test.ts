import { KB_SCHEMA_VERSION } from '../../src-main/core/kb-schema'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src-main/api/contract'
import { dispatch } from '../../src-main/api/dispatch'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { handlers } from '../../src-main/api/handlers'
import type { Handlers } from '../../src-main/api/handlers/handler-types'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let kb: FixtureKb
let ctx: HandlerContext
beforeAll(() => {
  kb = fixtureKb()
  kb.compile()
  ctx = createHandlerContext({ kbPath: kb.dbPath })
})
afterAll(() => {
  ctx.close()
  kb.dispose()
})

describe('dispatch: the validated border of the core', () => {
  it('answers meta/get with the knowledge base counts', async () => {
    const r = await dispatch(handlers, ctx, 'meta/get', {})
    expect(r).toMatchObject({
      ok: true,
      value: { schemaVersion: KB_SCHEMA_VERSION, contentVersion: 'fixture-1', counts: { treatments: 2, mechanisms: 6, layers: 6 } },
    })
    // References are counted by evidence type for the About page, most first.
    expect((r as { value: { referenceTypes: unknown } }).value.referenceTypes).toEqual([
      { type: 'clinic-page', count: 1 },
      { type: 'product-label', count: 1 },
      { type: 'review', count: 1 },
    ])
  })

  it('answers treatment/get with the record and only the references it cites', async () => {
    const r = await dispatch(handlers, ctx, 'treatment/get', { slug: 'deep-laser' })
    if (!r.ok) throw new Error(r.error.message)
    const v = r.value as { treatment: { name: string }; references: { id: string }[]; deepestLayer: string }
    expect(v.treatment.name).toBe('Deep test laser')
    expect(v.deepestLayer).toBe('reticular-dermis')
    expect(v.references.map((x) => x.id).sort()).toEqual(['fixture-label', 'fixture-review'])
  })

  it('returns NOT_FOUND for a slug that is well formed but absent', async () => {
    expect(await dispatch(handlers, ctx, 'treatment/get', { slug: 'no-such-thing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it.each([
    ['a missing argument', 'treatment/get', {}],
    ['a wrong type', 'treatment/get', { slug: 42 }],
    ['an extra field', 'treatment/get', { slug: 'deep-laser', admin: true }],
    ['a path-like slug', 'treatment/get', { slug: '../../etc/passwd' }],
    ['a huge string', 'treatment/get', { slug: 'a'.repeat(100_000) }],
    ['null instead of an object', 'catalog/list', null],
    ['an array instead of an object', 'meta/get', []],
    ['NaN as a number', 'catalog/list', { maxSessions: Number.NaN }],
    ['Infinity as a number', 'catalog/list', { maxDowntimeDays: Number.POSITIVE_INFINITY }],
    ['an unknown enum value', 'catalog/list', { mechanism: 'magic' }],
  ])('refuses %s with BAD_ARGUMENTS before any handler runs', async (_name, channel, args) => {
    const spy = vi.fn()
    const spied = Object.fromEntries(CHANNELS.map((c) => [c, spy])) as unknown as Handlers
    const r = await dispatch(spied, ctx, channel, args)
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } })
    expect(spy).not.toHaveBeenCalled()
  })

  it.each(['nope/never', '__proto__', 'constructor', 'toString', 42, undefined])('refuses the unknown channel %s', async (channel) => {
    expect(await dispatch(handlers, ctx, channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('turns an unexpected exception into INTERNAL without leaking its text', async () => {
    const broken = {
      ...handlers,
      'meta/get': () => {
        throw new Error('secret stack detail')
      },
    } as Handlers
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const r = await dispatch(broken, ctx, 'meta/get', {})
    spy.mockRestore()
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(r)).not.toContain('secret')
  })

  it('has a handler for every channel of the contract', () => {
    for (const c of CHANNELS) expect(typeof handlers[c]).toBe('function')
  })
})
