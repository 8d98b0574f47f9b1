import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { GlossaryEntry } from '../../../src-main/api/types'
import { api } from '../api/client'
import { glossaryMatcher } from '../lib/glossary-segments'

export const useGlossaryStore = defineStore('glossary', () => {
  const entries = ref<GlossaryEntry[]>([])
  let loading: Promise<void> | undefined
  function load() {
    loading ??= api()
      .glossary.list({})
      .then((list) => {
        entries.value = list
      })
      .catch(() => {
        loading = undefined // body text still shows, only without definitions; retry next time
      })
    return loading
  }
  const matcher = computed(() => glossaryMatcher(entries.value))
  return { entries, load, matcher }
})
