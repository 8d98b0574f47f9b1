import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, setApi, type HandbookApi } from '../../src-renderer/src/api/client'
import TreatmentNotes from '../../src-renderer/src/components/TreatmentNotes.vue'

/** A notebook behind a fake API whose saves can be made to fail, as a full or busy disk would. */
function fakeNotebook() {
  const notes = new Map<string, string>()
  const state = { failing: false }
  const save = vi.fn(async ({ slug, body }: { slug: string; body: string }) => {
    if (state.failing) throw new ApiError({ code: 'USER_DATA', message: 'Could not save your note: the disk is full.' })
    notes.set(slug, body)
    return { slug, body, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: new Date().toISOString() }
  })
  const api = {
    notes: {
      get: async ({ slug }: { slug: string }) =>
        notes.has(slug) ? { slug, body: notes.get(slug)!, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' } : null,
      save,
    },
    bookmarks: { list: async () => [], toggle: async () => ({}) },
  }
  setApi(api as unknown as HandbookApi)
  return { notes, state, save }
}

let pinia: Pinia
const start = () => {
  pinia = createPinia()
  setActivePinia(pinia)
  return mount(TreatmentNotes, { props: { slug: 'deep-laser' }, global: { plugins: [pinia] } })
}

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})
afterEach(() => {
  vi.useRealTimers()
  setApi(undefined)
})

describe('TreatmentNotes', () => {
  it('shows Saving… while the practitioner types and Saved once the notebook has it', async () => {
    const nb = fakeNotebook()
    const w = start()
    await flushPromises()
    await w.get('textarea').setValue('Test spot first.')
    expect(w.get('[role="status"]').text()).toBe('Saving…')
    await vi.advanceTimersByTimeAsync(1000)
    expect(w.get('.save-status').text()).toBe('Saved')
    expect(nb.notes.get('deep-laser')).toBe('Test spot first.')
    w.unmount()
  })

  it('says "Not saved — retrying" when the save fails, and loses nothing even if the app closes then', async () => {
    const nb = fakeNotebook()
    nb.state.failing = true
    const w = start()
    await flushPromises()
    await w.get('textarea').setValue('Written while the disk was full')
    await vi.advanceTimersByTimeAsync(1000)
    expect(w.get('.save-status').text()).toBe('Not saved — retrying')
    w.unmount()
    await vi.advanceTimersByTimeAsync(0)

    // The next start: the disk has recovered; the text comes back and is saved.
    nb.state.failing = false
    const again = start()
    await flushPromises()
    expect((again.get('textarea').element as HTMLTextAreaElement).value).toBe('Written while the disk was full')
    expect(again.text()).toContain('had not been saved when the handbook closed')
    await vi.advanceTimersByTimeAsync(1000)
    expect(nb.notes.get('deep-laser')).toBe('Written while the disk was full')
    expect(again.get('.save-status').text()).toBe('Saved')
    again.unmount()
  })

  it('deletes a note only after a confirmation', async () => {
    const nb = fakeNotebook()
    nb.notes.set('deep-laser', 'old note')
    const w = start()
    await flushPromises()
    await w.get('.foot button').trigger('click')
    expect(w.text()).toContain('Delete this note?')
    await w
      .findAll('.foot button')
      .find((b) => b.text() === 'Delete')!
      .trigger('click')
    await flushPromises()
    expect(nb.save).toHaveBeenLastCalledWith({ slug: 'deep-laser', body: '' })
    expect((w.get('textarea').element as HTMLTextAreaElement).value).toBe('')
    w.unmount()
  })
})
