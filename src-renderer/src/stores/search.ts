import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SearchResult } from '../../../src-main/api/types'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

export const useSearchStore = defineStore('search', () => {
  const open = ref(false)
  const query = ref('')
  // Each answer replaces the last whole and is never changed: no need to make every hit reactive.
  const result = shallowRef<SearchResult>()
  const error = ref<string>()
  // Typing is faster than answers can arrive out of order: only the newest answer is shown.
  const request = latestRequest((q: string) => api().search.query({ q }))

  async function run(q: string) {
    query.value = q
    if (!q.trim()) {
      request.cancel()
      result.value = undefined
      return
    }
    const a = await request.run(q)
    if (a.kind === 'value') {
      result.value = a.value
      error.value = undefined
    } else if (a.kind === 'error') error.value = a.error.message || 'Search failed.'
  }
  return { open, query, result, error, run, cancel: request.cancel }
})
