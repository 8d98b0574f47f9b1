import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api/client'
import { latestRequest } from '../api/request'
import { treatmentMatches } from '../lib/treatment-matches'

/**
 * Finds treatments by the palette's search (brands, aliases and typos: "botox")
 * for a picker, apart from the palette's own query. `matches` is undefined when
 * nothing is typed: the picker then lists every treatment.
 */
export const useTreatmentFinderStore = defineStore('treatment-finder', () => {
  const matches = ref<string[]>()
  const request = latestRequest((q: string) => api().search.query({ q }))

  async function find(q: string, treatments: readonly { slug: string; category: string }[]) {
    if (!q.trim()) {
      request.cancel()
      matches.value = undefined
      return
    }
    const a = await request.run(q)
    if (a.kind === 'value') matches.value = treatmentMatches(a.value, treatments)
    else if (a.kind === 'error') matches.value = []
  }
  return { matches, find, cancel: request.cancel }
})
