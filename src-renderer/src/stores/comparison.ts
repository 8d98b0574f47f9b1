import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Comparison, FitzpatrickType } from '../../../src-main/api/types'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

/** The comparison table for the chosen treatments (and skin type): the newest asked for wins. */
export const useComparisonStore = defineStore('comparison', () => {
  const data = shallowRef<Comparison>()
  const error = ref<string>()
  const request = latestRequest((args: { slugs: string[]; fitzpatrick?: FitzpatrickType }) => api().compare.get(args))

  async function load(slugs: string[], fitzpatrick: FitzpatrickType | undefined) {
    error.value = undefined
    if (!slugs.length) {
      request.cancel()
      data.value = undefined
      return
    }
    const a = await request.run({ slugs, fitzpatrick })
    if (a.kind === 'value') data.value = a.value
    else if (a.kind === 'error') error.value = a.error.message || 'The comparison could not be built.'
  }
  /** The page has gone: drop what is on its way, and the table, so the next visit starts from its own link. */
  function cancel() {
    request.cancel()
    data.value = undefined
    error.value = undefined
  }
  return { data, error, load, cancel }
})
