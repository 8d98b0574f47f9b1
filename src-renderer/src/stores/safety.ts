import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SafetyMatrixView } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

/** The resolved safety matrix, loaded once for the safety grid and the condition pages. */
export const useSafetyStore = defineStore('safety', () => {
  const matrix = ref<SafetyMatrixView>()
  const error = ref<ApiError>()
  let pending: Promise<void> | undefined

  function load(): Promise<void> {
    if (matrix.value) return Promise.resolve()
    // Both screens may ask at once; one request serves them.
    pending ??= api()
      .safety.matrix({})
      .then((m) => {
        matrix.value = m
        error.value = undefined
      })
      .catch((e: unknown) => {
        error.value = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: (e as Error).message })
      })
      .finally(() => {
        pending = undefined
      })
    return pending
  }

  return { matrix, error, load }
})
