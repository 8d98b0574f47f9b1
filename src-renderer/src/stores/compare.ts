import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

export const MAX_COMPARE = 4

/** The treatments picked for comparison, in column order. */
export const useCompareStore = defineStore('compare', () => {
  const slugs = ref<string[]>([])
  const message = ref<string>()

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
    slugs.value = [...new Set(next)].slice(0, MAX_COMPARE)
  }
  const has = (slug: string) => slugs.value.includes(slug)
  const full = computed(() => slugs.value.length >= MAX_COMPARE)
  return { slugs, message, add, remove, set, has, full }
})
