import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SearchResult } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

export const useSearchStore = defineStore('search', () => {
  const open = ref(false)
  const query = ref('')
  // Each answer replaces the last whole and is never changed: no need to make every hit reactive.
  const result = shallowRef<SearchResult>()
  const error = ref<string>()
  let latest = 0

  async function run(q: string) {
    query.value = q
    const ticket = ++latest
    if (!q.trim()) {
      result.value = undefined
      return
    }
    try {
      const r = await api().search.query({ q })
      // Typing is faster than answers can arrive out of order: only the newest answer is shown.
      if (ticket === latest) {
        result.value = r
        error.value = undefined
      }
    } catch (e) {
      if (ticket === latest) error.value = e instanceof ApiError ? e.message : 'Search failed.'
    }
  }
  return { open, query, result, error, run }
})
