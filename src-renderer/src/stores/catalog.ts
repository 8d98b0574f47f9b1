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

  async function load(filters: CatalogFilters) {
    const ticket = ++latest
    loading.value = true
    try {
      const result = await api().catalog.list(filters)
      // A slower earlier answer must not overwrite a newer one.
      if (ticket !== latest) return
      list.value = result
      error.value = undefined
    } catch (e) {
      if (ticket === latest) error.value = e as ApiError
    } finally {
      if (ticket === latest) loading.value = false
    }
  }
  return { list, error, loading, load }
})
