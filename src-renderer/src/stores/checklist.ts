import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Checklist } from '../../../src-main/api/types'
import type { ApiError } from '../api/client'
import { api } from '../api/client'
import { latestRequest } from '../api/request'

/** The pre-treatment checklist for the plan's treatments, read from the knowledge base each time; nothing about the client is kept. */
export const useChecklistStore = defineStore('checklist', () => {
  const checklist = shallowRef<Checklist>()
  const error = ref<ApiError>()
  const request = latestRequest((slugs: string[]) => api().plan.checklist({ slugs }))

  /** Resolves true when this answer is the one shown (a newer call supersedes it). */
  async function load(slugs: string[]): Promise<boolean> {
    if (!slugs.length) {
      request.cancel()
      checklist.value = undefined
      error.value = undefined
      return true
    }
    const a = await request.run(slugs)
    if (a.kind === 'stale') return false
    if (a.kind === 'value') {
      checklist.value = a.value
      error.value = undefined
    } else error.value = a.error
    return true
  }
  return { checklist, error, load, cancel: request.cancel }
})
