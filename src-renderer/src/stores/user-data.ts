import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ImportMode, ImportPreview, ImportResult, UserDataStatus } from '../../../src-main/api/types'
import { api } from '../api/client'
import { useBookmarksStore } from './bookmarks'
import { useBrandingStore } from './branding'
import { useCompareStore } from './compare'
import { useSettingsStore } from './settings'
import { downloadText } from '../lib/download'

/** The notebook as a whole: where it lives, what recovery did at start, and export/import. */
export const useUserDataStore = defineStore('user-data', () => {
  const status = ref<UserDataStatus>()
  /** Set when the notebook cannot be opened at all (e.g. saved by a newer version). */
  const openError = ref<string>()
  const recoveryDismissed = ref(false)
  const offerDismissed = ref(false)

  async function loadStatus() {
    try {
      status.value = await api().userdata.status({})
      openError.value = undefined
    } catch (e) {
      openError.value = (e as Error).message
    }
  }

  /** Saves the export: through the system's save dialog in the desktop app, as a download in the browser preview. */
  async function exportData(): Promise<string | null> {
    if (status.value?.fileDialogs) return (await api().userdata['export-file']({})).path
    const { json, fileName } = await api().userdata.export({})
    downloadText(json, fileName, 'application/json')
    return fileName
  }

  /** The desktop app's open dialog; null when cancelled. (The preview reads an <input type=file> instead.) */
  const chooseImportFile = () => api().userdata['open-import-file']({})

  const previewImport = (json: string, mode: ImportMode): Promise<ImportPreview> => api().userdata['preview-import']({ json, mode })

  async function importData(json: string, mode: ImportMode): Promise<ImportResult> {
    const result = await api().userdata.import({ json, mode })
    // Everything on screen that came from the notebook is read again.
    await Promise.all([useSettingsStore().load(), useBookmarksStore().load(), useBrandingStore().load(), useCompareStore().reload(), loadStatus()])
    return result
  }

  /** Restores the backup offered beside an empty notebook, then reloads the window so every screen reads it. */
  async function restoreOfferedBackup(): Promise<void> {
    await api().userdata['restore-backup']({})
    window.location.reload()
  }

  return { status, openError, recoveryDismissed, offerDismissed, restoreOfferedBackup, loadStatus, exportData, chooseImportFile, previewImport, importData }
})
