import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CatalogFilters } from '../../src-main/api/contract'
import { ApiError, setApi, type HandbookApi } from '../../src-renderer/src/api/client'
import { useCatalogStore } from '../../src-renderer/src/stores/catalog'

// A server whose answers arrive when the test says so, in any order.
function slowServer() {
  const waiting: { filters: CatalogFilters; answer: () => void; fail: () => void }[] = []
  const list = vi.fn(
    (filters: CatalogFilters) =>
      new Promise((resolve, reject) => {
        const total = filters.category ? 5 : 42
        waiting.push({
          filters,
          answer: () => resolve({ items: [], total, facets: {} }),
          fail: () => reject(new ApiError({ code: 'KB_MISSING', message: 'The knowledge base file is missing.' })),
        })
      }),
  )
  setApi({ catalog: { list } } as unknown as HandbookApi)
  return { list, waiting }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(undefined))

describe('the treatment list store', () => {
  it('asks the server once when the router and the view ask for the same list at start', async () => {
    const server = slowServer()
    const store = useCatalogStore()
    const fromRouter = store.load({})
    const fromView = store.load({})
    expect(server.list).toHaveBeenCalledTimes(1)
    server.waiting[0]!.answer()
    await Promise.all([fromRouter, fromView])
    expect(store.list?.total).toBe(42)
  })

  it('keeps the list of the filters last chosen when an earlier answer arrives late', async () => {
    const server = slowServer()
    const store = useCatalogStore()
    void store.load({})
    server.waiting[0]!.answer()
    await settle()
    void store.load({ category: 'peel' })
    void store.load({}) // back to all treatments before the peel list arrives
    server.waiting[1]!.answer()
    await settle()
    expect(store.list?.total).toBe(42)
    expect(store.loading).toBe(false)
  })

  it('shows the newest answer when filters change faster than the server answers', async () => {
    const server = slowServer()
    const store = useCatalogStore()
    void store.load({})
    void store.load({ category: 'peel' })
    server.waiting[1]!.answer()
    server.waiting[0]!.answer()
    await settle()
    expect(store.list?.total).toBe(5)
  })

  it('asks again after a failure instead of keeping the error', async () => {
    const server = slowServer()
    const store = useCatalogStore()
    void store.load({})
    server.waiting[0]!.fail()
    await settle()
    expect(store.error?.code).toBe('KB_MISSING')
    void store.load({})
    expect(server.list).toHaveBeenCalledTimes(2)
    server.waiting[1]!.answer()
    await settle()
    expect(store.error).toBeUndefined()
    expect(store.list?.total).toBe(42)
  })
})
