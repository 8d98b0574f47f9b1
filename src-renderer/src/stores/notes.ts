import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { BookmarkItem, NoteListItem } from '../../../src-main/api/types'
import { api, ApiError } from '../api/client'
import { latestRequest } from '../api/request'
import { createAutosaver, type AutosaveStatus, type Autosaver } from '../lib/autosave'
import { clearDraft, forgetDraft, readDraft, writeDraft } from '../lib/note-drafts'

export interface NoteEditor {
  slug: string
  text: string
  ready: boolean
  loadError?: string
  /** True when text typed earlier but never confirmed saved was put back into the editor. */
  restoredDraft: boolean
  status: AutosaveStatus
}

/** Errors the practitioner must act on; anything else (disk busy, full, unreachable) is retried. */
const needsPractitioner = (e: unknown) => e instanceof ApiError && (e.code === 'BAD_ARGUMENTS' || e.code === 'NOT_FOUND')

/** Notes: the searchable list, and one autosaving editor per open treatment note. */
export const useNotesStore = defineStore('notes', () => {
  const items = ref<NoteListItem[]>([])
  /** How many notes match in all; the list holds the most recently edited of them. */
  const total = ref(0)
  /** Bookmarks matching the same search, for the Notes view. */
  const marks = ref<BookmarkItem[]>([])
  const listError = ref<string>()
  // The list follows the search box: only the answer to the newest query is shown.
  const listing = latestRequest((args: { query?: string }) => Promise.all([api().notes.list(args), api().bookmarks.list(args)]))

  async function loadList(query = '') {
    const a = await listing.run(query.trim() ? { query: query.trim() } : {})
    if (a.kind === 'value') {
      const [found, foundMarks] = a.value
      items.value = found.items
      total.value = found.total
      marks.value = foundMarks
      listError.value = undefined
    } else if (a.kind === 'error') listError.value = a.error.message
  }

  const editors = new Map<string, { editor: NoteEditor; saver?: Autosaver; users: number }>()

  const makeSaver = (slug: string, editor: NoteEditor, saved: string) =>
    createAutosaver(saved, {
      save: async (text) => {
        await api().notes.save({ slug, body: text })
        clearDraft(slug, text)
      },
      retryable: (e) => !needsPractitioner(e),
      onStatus: (s) => (editor.status = s),
    })

  async function open(slug: string): Promise<NoteEditor> {
    const existing = editors.get(slug)
    if (existing) {
      existing.users++
      return existing.editor
    }
    const editor = reactive<NoteEditor>({ slug, text: '', ready: false, restoredDraft: false, status: { state: 'idle' } })
    const entry: { editor: NoteEditor; saver?: Autosaver; users: number } = { editor, users: 1 }
    editors.set(slug, entry)
    try {
      const note = await api().notes.get({ slug })
      const saved = note?.body ?? ''
      const draft = readDraft(slug)
      entry.saver = makeSaver(slug, editor, saved)
      if (note) editor.status = { state: 'saved', savedAt: new Date(note.updatedAt) }
      editor.text = saved
      if (draft !== null && draft !== saved) {
        editor.text = draft
        editor.restoredDraft = true
        entry.saver.edit(draft)
      } else if (draft !== null) clearDraft(slug, draft)
      editor.ready = true
    } catch (e) {
      editor.loadError = (e as Error).message
    }
    return editor
  }

  function edit(slug: string, text: string) {
    const entry = editors.get(slug)
    if (!entry?.saver) return
    entry.editor.text = text
    entry.editor.restoredDraft = false
    writeDraft(slug, text)
    entry.saver.edit(text)
  }

  /** Saves at once instead of after the pause: for "Save now", leaving the page and closing the window. */
  const flush = (slug: string) => editors.get(slug)?.saver?.flush() ?? Promise.resolve()
  const flushAll = () => Promise.all([...editors.values()].map((e) => e.saver?.flush()))

  async function close(slug: string) {
    const entry = editors.get(slug)
    if (!entry || --entry.users > 0) return
    editors.delete(slug)
    await entry.saver?.flush()
    entry.saver?.dispose()
  }

  /** Deletes a note; an open editor empties through its own autosave, so no pending save can bring the text back. */
  async function remove(slug: string) {
    const entry = editors.get(slug)
    if (entry?.saver) {
      edit(slug, '')
      await entry.saver.flush()
      if (entry.saver.dirty) throw new Error(entry.editor.status.error ?? 'The note could not be deleted.')
    } else await api().notes.delete({ slug })
    forgetDraft(slug)
    const before = items.value.length
    items.value = items.value.filter((n) => n.slug !== slug)
    total.value -= before - items.value.length
  }

  // The window may close at any moment: send what is unsaved as soon as the page is hidden or unloading.
  if (typeof window !== 'undefined') {
    window.addEventListener('beforeunload', () => void flushAll())
    window.addEventListener('pagehide', () => void flushAll())
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flushAll()
    })
  }

  return { items, total, marks, listError, listLoading: listing.pending, loadList, cancelList: listing.cancel, open, edit, flush, flushAll, close, remove }
})
