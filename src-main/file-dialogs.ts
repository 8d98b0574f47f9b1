import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { HandbookError } from './core/handbook-error'
import type { FileDialogs } from './api/handlers/context'
import { EXPORT_WORDS, writeFileSafely } from './core/safe-write'
import { EXPORT_MAX_BYTES, EXPORT_MAX_LABEL } from './core/user-data/schema'

const FILTERS = [{ name: 'Handbook notes export', extensions: ['json'] }]

/** The system dialog attached to the handbook's window when there is one, free-standing otherwise. */
export const showSaveDialog = (parent: BrowserWindow | undefined, options: SaveDialogOptions) =>
  parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
const showOpenDialog = (parent: BrowserWindow | undefined, options: OpenDialogOptions) =>
  parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)

/** The system's save and open dialogs for exporting and importing user data; the content comes from the core, never the renderer. */
export function electronFileDialogs(getWindow: () => BrowserWindow | undefined): FileDialogs {
  return {
    async saveText(suggestedName, text) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: FILTERS }
      const r = await showSaveDialog(getWindow(), options)
      if (r.canceled || !r.filePath) return null
      // A failed write (read-only folder, full disk) says so in plain words and leaves any earlier file whole.
      await writeFileSafely(r.filePath, new TextEncoder().encode(text), undefined, EXPORT_WORDS)
      return r.filePath
    },
    async openText() {
      const options = { properties: ['openFile' as const], filters: FILTERS }
      const r = await showOpenDialog(getWindow(), options)
      const path = r.canceled ? undefined : r.filePaths[0]
      if (!path) return null
      if ((await stat(path)).size > EXPORT_MAX_BYTES) {
        throw new HandbookError(
          'IMPORT_REJECTED',
          `${basename(path)} is too large to be a handbook export (the limit is ${EXPORT_MAX_LABEL}). Nothing was imported or changed.`,
        )
      }
      return { name: basename(path), text: await readFile(path, 'utf8') }
    },
  }
}
