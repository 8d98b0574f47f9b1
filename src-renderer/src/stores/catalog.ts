import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { CatalogFilters } from '../../../src-main/api/contract'
import type { CatalogList } from '../../../src-main/api/types'
import { api, type ApiError } from '../api/client'
import { latestRequest } from '../api/request'

export const useCatalogStore = defineStore('catalog', () => {
  // Shallow: an answer is replaced whole, never changed in place, so its items need no reactive proxies to draw.
  const list = shallowRef<CatalogList>()
  const error = shallowRef<ApiError>()
  // A slower earlier answer must not overwrite a newer one.
  const request = latestRequest((job: { filters: CatalogFilters; given?: Promise<CatalogList> }) => job.given ?? api().catalog.list(job.filters))
  let pending: { key: string; done: Promise<void> } | undefined
  /** The filters `list` answers; the knowledge base is read-only, so the same question gets the same list. */
  let shownKey: string | undefined

  async function fetchList(filters: CatalogFilters, key: string, given?: Promise<CatalogList>) {
    const a = await request.run({ filters, given })
    if (a.kind === 'value') {
      list.value = a.value
      shownKey = key
      error.value = undefined
    } else if (a.kind === 'error') error.value = a.error
  }

  /**
   * Loads the list for these filters. Asked again while that answer is on its
   * way (the router asks as navigation starts, then the view), it waits for the
   * same answer; asked for the list already shown, it keeps it. `given` is the
   * list already on its way in another answer (the start-up call's).
   */
  function load(filters: CatalogFilters, given?: Promise<CatalogList>): Promise<void> {
    const key = JSON.stringify(filters)
    if (pending?.key === key) return pending.done
    if (key === shownKey && !error.value) {
      request.cancel()
      pending = undefined
      return Promise.resolve()
    }
    const done = fetchList(filters, key, given).finally(() => {
      if (pending?.done === done) pending = undefined
    })
    pending = { key, done }
    return done
  }
  return { list, error, loading: request.pending, load, cancel: request.cancel }
})
