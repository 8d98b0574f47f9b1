import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CandidateProfile } from '../../../src-main/api/screener-types'
import type { SavedProfile } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

/** Client profiles the practitioner chose to save under a label; the only client data ever written. */
export const useClientProfilesStore = defineStore('client-profiles', () => {
  const items = ref<SavedProfile[]>([])
  const error = ref<ApiError>()
  const message = ref<string>()

  async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const out = await work()
      error.value = undefined
      return out
    } catch (e) {
      error.value = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: (e as Error).message })
      message.value = undefined
      return undefined
    }
  }

  const load = () => attempt(async () => (items.value = await api().profiles.list({})))

  async function save(label: string, profile: CandidateProfile): Promise<boolean> {
    const saved = await attempt(() => api().profiles.save({ label, profile }))
    if (!saved) return false
    items.value = [...items.value.filter((p) => p.id !== saved.id), saved].sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }))
    message.value = `Saved as "${saved.label}".`
    return true
  }

  async function remove(id: number): Promise<boolean> {
    const label = items.value.find((p) => p.id === id)?.label
    const r = await attempt(() => api().profiles.delete({ id }))
    if (!r) return false
    items.value = items.value.filter((p) => p.id !== id)
    message.value = `Deleted "${label}".`
    return true
  }

  return { items, error, message, load, save, remove }
})
