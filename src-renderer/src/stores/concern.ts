import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ConcernPage } from '../../../src-main/api/types'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

/** The concern page being read: the newest asked for wins. */
export const useConcernStore = defineStore('concern', () => {
  const page = shallowRef<ConcernPage>()
  const error = ref<string>()
  const request = latestRequest((id: string) => api().concern.get({ id }))

  async function load(id: string) {
    error.value = undefined
    // Another concern's page is not shown while this one loads.
    if (page.value && page.value.concern.id !== id) page.value = undefined
    const a = await request.run(id)
    if (a.kind === 'value') page.value = a.value
    else if (a.kind === 'error') {
      page.value = undefined
      error.value = a.error.message || 'This concern could not be opened.'
    }
  }
  return { page, error, load, cancel: request.cancel }
})
