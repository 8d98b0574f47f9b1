// Where a forgotten client still lives: the backup copies of user.db made before
// the record was forgotten. This finds the copies that hold a label and, when
// the practitioner asks, removes it from each (secure_delete, then VACUUM), so
// every other note in those copies survives.
import Database from 'better-sqlite3'
import { fsyncFile, KEEP, listBackups, type BackupFile } from './backups'

const TABLES = ['client_records', 'client_profiles'] as const

function tablesIn(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => (TABLES as readonly string[]).includes(n))
}

/** The backup copies that still hold this label (copies that cannot be read are left out). */
export function backupsHolding(folder: string, label: string, nativeBinding?: string): BackupFile[] {
  return listBackups(folder).filter((b) => {
    let db: Database.Database | undefined
    try {
      db = new Database(b.path, { readonly: true, fileMustExist: true, nativeBinding })
      return tablesIn(db).some((t) => db!.prepare(`SELECT 1 FROM ${t} WHERE label = ? COLLATE NOCASE`).get(label) !== undefined)
    } catch {
      return false
    } finally {
      db?.close()
    }
  })
}

/** How long the copies keep a forgotten client, in plain words, from the backup rules. */
export function backupRetentionText(holding: readonly BackupFile[]): string {
  if (!holding.length) return 'No backup copy holds this client.'
  const daily = holding.filter((b) => b.kind === 'daily').length
  const other = holding.length - daily
  const parts = [`${holding.length} backup cop${holding.length === 1 ? 'y' : 'ies'} made before now still hold this client.`]
  if (daily)
    parts.push(
      `The daily copies (the last ${KEEP.daily} are kept) roll over as the handbook is used: after about ${KEEP.daily} more days of use none of them holds it.`,
    )
  if (other)
    parts.push(
      `${other} cop${other === 1 ? 'y' : 'ies'} taken before an update or an import stay until ${KEEP['pre-migration']} newer ones of the same kind replace them.`,
    )
  return parts.join(' ')
}

/** Removes the label from every backup copy holding it; a copy that cannot be changed is named, and nothing else is touched. */
export function purgeLabelFromBackups(folder: string, label: string, nativeBinding?: string): { purged: number; failed: string[] } {
  let purged = 0
  const failed: string[] = []
  for (const b of backupsHolding(folder, label, nativeBinding)) {
    let db: Database.Database | undefined
    try {
      db = new Database(b.path, { fileMustExist: true, nativeBinding })
      db.pragma('secure_delete = ON')
      db.pragma('foreign_keys = ON')
      const tables = tablesIn(db)
      db.transaction(() => {
        for (const t of tables) db!.prepare(`DELETE FROM ${t} WHERE label = ? COLLATE NOCASE`).run(label)
      })()
      db.exec('VACUUM')
      db.close()
      db = undefined
      fsyncFile(b.path)
      purged++
    } catch {
      failed.push(b.path)
    } finally {
      db?.close()
    }
  }
  return { purged, failed }
}
