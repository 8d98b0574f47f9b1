import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { COMPARISON_MAX } from '../../../src-shared/limits'
import type { StartView } from '../../../src-main/api/types'
import { api } from '../api/client'

export const MAX_COMPARE = COMPARISON_MAX

/**
 * The treatments picked for comparison, in column order. The selection is
 * kept in the practitioner's notebook so it survives a restart; if the
 * notebook cannot be reached the selection still works for this session.
 */
export const useCompareStore = defineStore('compare', () => {
  const slugs = ref<string[]>([])
  const message = ref<string>()
  const restored = ref(false)

  function add(slug: string): boolean {
    if (slugs.value.includes(slug)) return true
    if (slugs.value.length >= MAX_COMPARE) {
      message.value = `The comparison already holds ${MAX_COMPARE} treatments. Remove one before adding another.`
      return false
    }
    slugs.value = [...slugs.value, slug]
    message.value = undefined
    return true
  }
  function remove(slug: string) {
    slugs.value = slugs.value.filter((s) => s !== slug)
    message.value = undefined
  }
  function set(next: string[]) {
    const unique = [...new Set(next)].slice(0, MAX_COMPARE)
    if (unique.join(',') !== slugs.value.join(',')) slugs.value = unique
  }
  const has = (slug: string) => slugs.value.includes(slug)
  const full = computed(() => slugs.value.length >= MAX_COMPARE)

  /** Restores the last session's selection unless this session already picked something; `given` is the start-up call's answer. */
  async function restore(given?: StartView['selection']) {
    try {
      if (given && !given.ok) throw new Error(given.error.message)
      const saved = given ? given.value : await api().selection.get({})
      if (slugs.value.length === 0) slugs.value = saved.slugs
    } catch {
      // No notebook (damaged, or the preview without a data folder): the selection lives in memory only.
    } finally {
      restored.value = true
    }
  }
  watch(slugs, (now) => {
    if (restored.value)
      api()
        .selection.set({ slugs: now })
        .catch(() => undefined)
  })

  return { slugs, message, add, remove, set, has, full, restore, restored }
})
