import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { BookmarkItem } from '../../../src-main/api/types'
import { api } from '../api/client'

/** The practitioner's bookmarked treatments, loaded once and kept in step with every toggle. */
export const useBookmarksStore = defineStore('bookmarks', () => {
  const items = ref<BookmarkItem[]>([])
  const loaded = ref(false)
  const error = ref<string>()
  const slugs = computed(() => new Set(items.value.map((b) => b.slug)))

  async function load() {
    try {
      items.value = await api().bookmarks.list({})
      loaded.value = true
      error.value = undefined
    } catch (e) {
      error.value = (e as Error).message
    }
  }
  const ensureLoaded = () => (loaded.value ? Promise.resolve() : load())

  async function set(slug: string, bookmarked: boolean) {
    try {
      await api().bookmarks.toggle({ slug, bookmarked })
      error.value = undefined
    } catch (e) {
      error.value = (e as Error).message
    }
    await load()
  }

  return { items, loaded, error, slugs, load, ensureLoaded, set, has: (slug: string) => slugs.value.has(slug) }
})
