import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SavedComparison } from '../../../src-main/api/types'
import { api } from '../api/client'
import { latestRequest, toApiError } from '../api/request'

/** Comparisons the practitioner saved by name, kept in user.db. */
export const useSavedComparisonsStore = defineStore('saved-comparisons', () => {
  const saved = ref<SavedComparison[]>([])
  const error = ref<string>()
  const listing = latestRequest(() => api().comparisons.list({}))

  async function refresh() {
    const a = await listing.run(undefined)
    if (a.kind === 'value') saved.value = a.value
    else if (a.kind === 'error') error.value = a.error.message || 'Saved comparisons could not be read.'
  }

  /** Saves the selection under a name; resolves to the saved record, or throws the reason in the core's words. */
  async function save(name: string, slugs: string[]): Promise<SavedComparison> {
    error.value = undefined
    try {
      const c = await api().comparisons.save({ name, slugs })
      await refresh()
      return c
    } catch (e) {
      const err = toApiError(e, 'The comparison could not be saved.')
      error.value = err.details?.join(' ') || err.message
      throw err
    }
  }

  async function remove(id: number) {
    await api()
      .comparisons.delete({ id })
      .catch(() => undefined)
    await refresh()
  }
  return { saved, error, refresh, save, remove, cancel: listing.cancel }
})
