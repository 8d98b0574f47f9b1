import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { HandoutRequest } from '../../../src-shared/handout-options'
import type { Handout } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'

/** The handout being prepared: rebuilt from the request on every change; nothing about the client is stored. */
export const useHandoutStore = defineStore('handout', () => {
  const handout = ref<Handout>()
  const error = ref<ApiError>()
  const building = ref(false)
  let latest = 0

  /** Resolves true when this call's answer is the one shown (a newer call supersedes it). */
  async function build(request: HandoutRequest): Promise<boolean> {
    const ticket = ++latest
    building.value = true
    try {
      const result = await api().handout.build(request)
      if (ticket !== latest) return false
      handout.value = result
      error.value = undefined
      return true
    } catch (e) {
      if (ticket !== latest) return false
      // The last good sheet stays on screen beside the message, unless it is for other treatments.
      if (handout.value?.treatments.map((t) => t.slug).join() !== request.slugs.join()) handout.value = undefined
      error.value = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: (e as Error).message })
      return true
    } finally {
      if (ticket === latest) building.value = false
    }
  }

  function clear() {
    latest++
    handout.value = undefined
    error.value = undefined
    building.value = false
  }

  return { handout, error, building, build, clear }
})
