import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { GuidesView } from '../../../src-main/api/types'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

/** The guides (age bands, aftercare, FAQ); the knowledge base is read-only, so one answer serves the session. */
export const useGuidesStore = defineStore('guides', () => {
  const data = shallowRef<GuidesView>()
  const error = ref<string>()
  const request = latestRequest(() => api().guides.list({}))

  async function load() {
    if (data.value) return
    const a = await request.run(undefined)
    if (a.kind === 'value') {
      data.value = a.value
      error.value = undefined
    } else if (a.kind === 'error') error.value = a.error.message || 'The guides could not be loaded.'
  }
  return { data, error, load, cancel: request.cancel }
})
