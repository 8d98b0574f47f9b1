import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { TreatmentView } from '../../../src-main/api/types'
import type { ApiError } from '../api/client'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

/** The treatment page being read: one at a time, the newest asked for wins. */
export const useTreatmentStore = defineStore('treatment', () => {
  const view = shallowRef<TreatmentView>()
  const error = ref<ApiError>()
  const request = latestRequest((slug: string) => api().treatment.get({ slug }))

  async function load(slug: string) {
    view.value = undefined
    error.value = undefined
    const a = await request.run(slug)
    if (a.kind === 'value') view.value = a.value
    else if (a.kind === 'error') error.value = a.error
  }
  return { view, error, loading: request.pending, load, cancel: request.cancel }
})
