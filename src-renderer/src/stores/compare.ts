import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { COMPARISON_MAX } from '../../../src-shared/limits'
import type { StartView } from '../../../src-main/api/types'
import { api } from '../api/client'
import { decideOpen, normaliseSelection, sameSelection, type OpenDecision } from '../lib/compare-selection'

export const MAX_COMPARE = COMPARISON_MAX

/**
 * The treatments picked for comparison, in column order: the one owner of the
 * selection. Every change goes through an action here, and only these actions
 * write it to the practitioner's notebook, so it survives a restart; if the
 * notebook cannot be reached the selection still works for this session. A
 * link to a comparison is a request (`open`), which never drops a selection
 * silently: what it replaces is offered back (`undo`) until something else changes.
 */
export const useCompareStore = defineStore('compare', () => {
  const slugs = ref<string[]>([])
  const message = ref<string>()
  const restored = ref(false)
  /** The selection a link replaced, offered back until undone, dismissed or the selection changes again. */
  const replaced = ref<{ previous: string[]; by: string[] }>()
  /** A link opened before the notebook's selection arrived: decided against that selection once it has. */
  let pending: string[] | undefined
  /** Saves one after another, so the notebook ends with the last selection even when two saves are close together. */
  let saving: Promise<unknown> = Promise.resolve()

  function persist(next: string[]) {
    saving = saving.then(() => api().selection.set({ slugs: next })).catch(() => undefined)
  }
  /** The one write: the selection changes, the notebook hears of it once, and an undo on offer lapses. */
  function commit(next: string[]) {
    if (sameSelection(next, slugs.value)) return
    slugs.value = next
    replaced.value = undefined
    if (restored.value) persist(next)
  }

  function add(slug: string): boolean {
    if (slugs.value.includes(slug)) return true
    if (slugs.value.length >= MAX_COMPARE) {
      message.value = `The comparison already holds ${MAX_COMPARE} treatments. Remove one before adding another.`
      return false
    }
    commit([...slugs.value, slug])
    message.value = undefined
    return true
  }
  function remove(slug: string) {
    commit(slugs.value.filter((s) => s !== slug))
    message.value = undefined
  }
  /** The same treatments in another order (or fewer): the practitioner's own edit, nothing to offer back. */
  function set(next: string[]) {
    commit(normaliseSelection(next).slugs)
  }
  const has = (slug: string) => slugs.value.includes(slug)
  const full = computed(() => slugs.value.length >= MAX_COMPARE)

  function apply(d: OpenDecision) {
    if (d.kind === 'keep') return
    commit(d.slugs)
    message.value = undefined
    if (d.kind === 'replace') replaced.value = { previous: d.previous, by: d.slugs }
  }
  /** A link (or a button standing for one) asks to open this comparison; see decideOpen for what happens to the current one. */
  function open(requested: string[]) {
    if (!restored.value) pending = [...requested]
    else apply(decideOpen(slugs.value, requested))
  }
  /** Puts back the selection the last link replaced, in the notebook too. */
  function undo() {
    const r = replaced.value
    if (r) commit(r.previous)
  }
  function dismissUndo() {
    replaced.value = undefined
  }

  /** Restores the last session's selection unless this session already picked something; `given` is the start-up call's answer. */
  async function restore(given?: StartView['selection']) {
    let saved: string[] | undefined
    try {
      if (given && !given.ok) throw new Error(given.error.message)
      saved = (given ? given.value : await api().selection.get({})).slugs
      if (slugs.value.length === 0) slugs.value = saved
    } catch {
      // No notebook (damaged, or the preview without a data folder): the selection lives in memory only.
    } finally {
      restored.value = true
      // Picked before the notebook answered: that choice is the selection now, so the notebook keeps it.
      if (saved && !sameSelection(saved, slugs.value)) persist(slugs.value)
      const link = pending
      pending = undefined
      if (link) open(link)
    }
  }

  /** The notebook's selection changed under the store (an import): take it as it now is, without writing it back. */
  async function reload() {
    try {
      await saving
      slugs.value = (await api().selection.get({})).slugs
      replaced.value = undefined
    } catch {
      // The notebook cannot be read: what is on screen stays.
    }
  }

  return { slugs, message, restored, replaced, add, remove, set, has, full, open, undo, dismissUndo, restore, reload }
})
