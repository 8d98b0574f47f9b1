import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StartView } from '../../src-main/api/types'
import { setApi, type HandbookApi } from '../../src-renderer/src/api/client'
import { filtersFromHash, sendEarlyStart, takeEarlyStart } from '../../src-renderer/src/api/early-start'
import { useCatalogStore } from '../../src-renderer/src/stores/catalog'
import { useKnowledgeStore } from '../../src-renderer/src/stores/knowledge'
import { start } from '../../src-renderer/src/stores/start'

// A start-up answer with a list of `total` treatments (synthetic: nothing here reads the shipped content).
function answer(total: number): StartView {
  return {
    meta: { contentVersion: 'test' },
    taxonomy: { layers: [], mechanisms: [], concerns: [], contraindications: [], categories: [], treatments: [] },
    list: { items: [], total, facets: {} },
    settings: { ok: true, value: {} },
    selection: { ok: true, value: { slugs: [] } },
  } as unknown as StartView
}

function server() {
  const calls: unknown[] = []
  const appStart = vi.fn((args: { filters?: { category?: string } }) => {
    calls.push(args)
    return Promise.resolve(answer(args.filters?.category ? 5 : 42))
  })
  const list = vi.fn(() => Promise.resolve({ items: [], total: 0, facets: {} }))
  setApi({
    app: { start: appStart },
    catalog: { list },
    settings: { get: vi.fn(() => Promise.resolve({})) },
    selection: { get: vi.fn(() => Promise.resolve({ slugs: [] })), set: vi.fn(() => Promise.resolve({ slugs: [] })) },
  } as unknown as HandbookApi)
  return { appStart, list, calls }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  takeEarlyStart(undefined)
  setApi(undefined)
})

describe('reading the first screen from the address before the router runs', () => {
  it('opens the list, with its filters, at #/, #/treatments and no hash at all', () => {
    expect(filtersFromHash('')).toEqual({})
    expect(filtersFromHash('#/')).toEqual({})
    expect(filtersFromHash('#/treatments')).toEqual({})
    expect(filtersFromHash('#/treatments/?category=peel&maxSessions=3')).toEqual({ category: 'peel', maxSessions: 3 })
    expect(filtersFromHash('#/?concern=acne-scars')).toEqual({ concern: 'acne-scars' })
  })

  it('reads query values as the router does: encoded text decoded, repeats and non-numbers dropped', () => {
    expect(filtersFromHash('#/treatments?concern=sun%20spots&category=a&category=b&maxDowntimeDays=two')).toEqual({ concern: 'sun spots' })
  })

  it('names no list for any other screen', () => {
    expect(filtersFromHash('#/treatments/microneedling')).toBeUndefined()
    expect(filtersFromHash('#/settings')).toBeUndefined()
    expect(filtersFromHash('#/compare?t=a,b')).toBeUndefined()
  })
})

describe('the early start-up call', () => {
  it('is the one call the app makes when the router reads the same filters', async () => {
    const s = server()
    sendEarlyStart('#/treatments?category=peel')
    expect(s.appStart).toHaveBeenCalledTimes(1)
    await start({ category: 'peel' })
    expect(s.appStart).toHaveBeenCalledTimes(1)
    expect(useKnowledgeStore().status).toBe('ready')
    expect(useCatalogStore().list?.total).toBe(5)
  })

  it('is not used when the router reads other filters: the app asks for what it shows', async () => {
    const s = server()
    sendEarlyStart('#/treatments?category=peel')
    await start({})
    expect(s.calls).toEqual([{ filters: { category: 'peel' } }, { filters: {} }])
    expect(useCatalogStore().list?.total).toBe(42)
  })

  it('is taken once: a second start asks again', async () => {
    const s = server()
    sendEarlyStart('#/settings')
    expect(takeEarlyStart(undefined)).toBeDefined()
    expect(takeEarlyStart(undefined)).toBeUndefined()
    await start()
    expect(s.appStart).toHaveBeenCalledTimes(2)
  })

  it('without a bridge sends nothing and leaves the error to the app’s own start', () => {
    setApi(undefined)
    expect(() => sendEarlyStart('#/')).not.toThrow()
    expect(takeEarlyStart({})).toBeUndefined()
  })
})
