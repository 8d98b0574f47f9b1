import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CatalogFilters } from '../../../src-main/api/contract'
import type { CatalogList } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

export const useCatalogStore = defineStore('catalog', () => {
  const list = ref<CatalogList>()
  const error = ref<ApiError>()
  const loading = ref(false)
  let latest = 0
  let pending: { key: string; done: Promise<void> } | undefined
  /** The filters `list` answers; the knowledge base is read-only, so the same question gets the same list. */
  let shownKey: string | undefined

  async function fetchList(filters: CatalogFilters, key: string, ticket: number) {
    loading.value = true
    try {
      const result = await api().catalog.list(filters)
      // A slower earlier answer must not overwrite a newer one.
      if (ticket !== latest) return
      list.value = result
      shownKey = key
      error.value = undefined
    } catch (e) {
      if (ticket === latest) error.value = e as ApiError
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  /**
   * Loads the list for these filters. Asked again while that answer is on its
   * way (the router asks as navigation starts, then the view), it waits for the
   * same answer; asked for the list already shown, it keeps it.
   */
  function load(filters: CatalogFilters): Promise<void> {
    const key = JSON.stringify(filters)
    if (pending?.key === key) return pending.done
    const ticket = ++latest
    if (key === shownKey && !error.value) {
      pending = undefined
      loading.value = false
      return Promise.resolve()
    }
    const done = fetchList(filters, key, ticket).finally(() => {
      if (pending?.done === done) pending = undefined
    })
    pending = { key, done }
    return done
  }
  return { list, error, loading, load }
})
