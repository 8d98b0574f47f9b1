// An empty notebook beside backups that hold notes: the data folder was
// emptied, replaced or restored by hand, or user.db was deleted. Nothing is
// restored behind the practitioner's back; the app offers the newest backup
// that has something in it, and restores it only when asked.
import { randomBytes } from 'node:crypto'
import { copyFileSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { isGoodBackup, listBackups, type BackupFile } from './backups'
import { exportUserData } from './export-import'
import { applyMigrations } from './migrations'
import type { RestoreOffer } from './schema'

const TABLES = ['notes', 'bookmarks', 'comparisons', 'client_profiles'] as const
type Counts = RestoreOffer['counts']

function countsOf(db: Database.Database): Counts {
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  const [notes, bookmarks, comparisons, clientProfiles] = TABLES.map(n) as [number, number, number, number]
  return { notes, bookmarks, comparisons, clientProfiles }
}
const total = (c: Counts) => c.notes + c.bookmarks + c.comparisons + c.clientProfiles

/** True when the notebook holds no notes, bookmarks, saved comparisons or client profiles. */
export const isEmptyNotebook = (db: Database.Database) => total(countsOf(db)) === 0

/**
 * Opens a copy of a backup (beside it, under a temporary name that the start-up
 * clean-up removes if the app dies meanwhile), brought to this version's schema,
 * so the backup itself is never changed.
 */
function withCopy<T>(backup: Pick<BackupFile, 'path'>, nativeBinding: string | undefined, work: (db: Database.Database) => T): T {
  const tmp = `${backup.path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    copyFileSync(backup.path, tmp)
    const db = new Database(tmp, { nativeBinding })
    try {
      applyMigrations(db)
      return work(db)
    } finally {
      db.close()
    }
  } finally {
    rmSync(tmp, { force: true })
    rmSync(`${tmp}-journal`, { force: true })
  }
}

/** The newest readable backup that holds anything, with what it holds; null when there is none. */
export function newestBackupWithData(folder: string, nativeBinding?: string): RestoreOffer | null {
  for (const b of listBackups(folder)) {
    if (!isGoodBackup(b.path, nativeBinding)) continue
    const counts = withCopy(b, nativeBinding, countsOf)
    if (total(counts) > 0) return { path: b.path, createdAt: b.createdAt, counts }
  }
  return null
}

/** The backup's whole content, as an export file, to import in place of the empty notebook. */
export function backupAsExport(backup: Pick<BackupFile, 'path'>, nativeBinding?: string) {
  return withCopy(backup, nativeBinding, (db) => exportUserData(db))
}
