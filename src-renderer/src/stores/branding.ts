import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Branding, BrandingInput } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

/** The clinic's name, address, phone and logo for handouts. */
export const useBrandingStore = defineStore('branding', () => {
  const branding = ref<Branding>()
  const error = ref<ApiError>()
  const saving = ref(false)

  async function load() {
    try {
      branding.value = await api().branding.get({})
      error.value = undefined
    } catch (e) {
      error.value = e as ApiError
    }
  }

  /** Resolves true when saved; on refusal the form keeps what was typed and shows the reason. */
  async function save(input: BrandingInput): Promise<boolean> {
    saving.value = true
    try {
      branding.value = await api().branding.set(input)
      error.value = undefined
      return true
    } catch (e) {
      error.value = e as ApiError
      return false
    } finally {
      saving.value = false
    }
  }

  return { branding, error, saving, load, save }
})
