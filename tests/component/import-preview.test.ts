import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import ImportPreview from '../../src-renderer/src/components/ImportPreview.vue'
import type { ImportChanges, ImportPreview as Preview } from '../../src-main/core/user-data/schema'

const none = (): ImportChanges => ({ added: [], updated: [], removed: [], kept: [], unchanged: 0 })
const preview = (over: Partial<Preview>): Preview => ({
  mode: 'merge',
  exportedAt: '2026-11-30T10:00:00.000Z',
  schemaVersion: 1,
  notes: none(),
  bookmarks: none(),
  comparisons: none(),
  clientProfiles: none(),
  selectionChanged: false,
  settingsChanged: [],
  settingChanges: [],
  brandingChanged: false,
  empty: true,
  ...over,
})

beforeEach(() => setActivePinia(createPinia()))

describe('the import preview', () => {
  it('names a note kept because the one here is newer, instead of saying only that nothing changes', () => {
    const w = mount(ImportPreview, { props: { preview: preview({ notes: { ...none(), kept: [{ key: 'prp', label: 'PRP' }] } }) } })
    expect(w.text()).toContain('Nothing in this notebook would change')
    expect(w.get('[data-testid="import-kept"]').text()).toMatch(/Notes kept because yours is newer: PRP/)
  })

  it('lists settings, clinic details and the selection a replace changes, with before and after', () => {
    const w = mount(ImportPreview, {
      props: {
        preview: preview({
          mode: 'replace',
          empty: false,
          settingsChanged: ['paperSize'],
          settingChanges: [{ key: 'paperSize', from: 'a4', to: 'letter' }],
          brandingChanged: true,
          branding: { from: 'Here Clinic', to: null },
          selectionChanged: true,
          selection: { from: ['prp'], to: [] },
        }),
      },
    })
    const text = w.get('[data-testid="import-others"]').text()
    expect(text).toContain('Setting paper size: A4 → US Letter.')
    expect(text).toContain('Clinic details for handouts (Here Clinic) are removed')
    expect(text).toContain('Comparison selection: prp → nothing selected.')
  })
})
