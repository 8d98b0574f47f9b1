import { HandbookError } from '../../core/handbook-error'
import { applyImport, exportFileName, exportUserDataJson, previewImport } from '../../core/user-data/export-import'
import { parseExportFile } from '../../core/user-data/export-format'
import { schemaVersionOf } from '../../core/user-data/migrations'
import { backupAsExport, isEmptyNotebook } from '../../core/user-data/restore-offer'
import type { HandlerContext } from './context'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

const dialogs = (ctx: HandlerContext) => {
  if (!ctx.files)
    throw new HandbookError('NOT_AVAILABLE', 'File dialogs exist only in the desktop app; the browser preview downloads and uploads the file instead.')
  return ctx.files
}

export const userDataHandlers = {
  'userdata/status': (_args, ctx) =>
    withUser(ctx, 'open your notebook', (u) => ({
      folder: u.folder,
      schemaVersion: schemaVersionOf(u.db),
      recovery: u.recovery,
      restoreOffer: u.restoreOffer && isEmptyNotebook(u.db) ? u.restoreOffer : null,
      lastBackupAt: u.lastBackupAt(),
      fileDialogs: !!ctx.files,
    })),
  'userdata/export': (_args, ctx) => withUser(ctx, 'export your notes', (u) => ({ json: exportUserDataJson(u.db), fileName: exportFileName() })),
  'userdata/export-file': async (_args, ctx) => {
    const files = dialogs(ctx)
    const json = await withUser(ctx, 'export your notes', (u) => exportUserDataJson(u.db))
    return { path: await files.saveText(exportFileName(), json) }
  },
  'userdata/open-import-file': async (_args, ctx) => {
    const file = await dialogs(ctx).openText()
    return file && { json: file.text, fileName: file.name }
  },
  'userdata/preview-import': (args, ctx) => withUser(ctx, 'read the import file', (u) => previewImport(u.db, args.json, args.mode)),
  'userdata/import': (args, ctx) =>
    withUser(ctx, 'import the file', async (u) => {
      // A refused file is refused before anything happens, backup included.
      const file = parseExportFile(args.json)
      // One import at a time: each one's backup is the notebook just before it, and none races another's copy.
      return u.exclusive(async () => {
        const backup = await u.backup('pre-import')
        return { preview: applyImport(u.db, file, args.mode), backupPath: backup.path }
      })
    }),
  'userdata/restore-backup': (_args, ctx) =>
    withUser(ctx, 'restore the backup', (u) =>
      u.exclusive(async () => {
        const offer = u.restoreOffer
        if (!offer || !isEmptyNotebook(u.db)) {
          throw new HandbookError(
            'NOT_FOUND',
            'There is no backup to restore now: your notebook is not empty any more, so nothing was changed. Use Settings › Your data to import a file instead.',
          )
        }
        const file = backupAsExport(offer, u.nativeBinding)
        const backup = await u.backup('pre-import')
        const preview = applyImport(u.db, file, 'replace')
        u.restoreOffer = null
        return { preview, backupPath: backup.path }
      }),
    ),
} satisfies Partial<Handlers>
