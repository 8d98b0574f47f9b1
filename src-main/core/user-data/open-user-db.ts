import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { HandbookError } from '../handbook-error'
import {
  DAY_MS,
  listBackups,
  privateDir,
  PRIVATE_FILE,
  pruneOrphanTemps,
  restoreNewestGoodBackup,
  stampOf,
  writeBackup,
  type BackupFile,
  type BackupKind,
} from './backups'
import { applyMigrations, schemaVersionOf, USER_SCHEMA_VERSION } from './migrations'
import { isEmptyNotebook, newestBackupWithData } from './restore-offer'
import type { Recovery, RestoreOffer } from './schema'
import { isCorruptionError, userDataError } from './sqlite-errors'

export const USER_DB_FILE = 'user.db'
export const DAMAGED_DIR = 'damaged'

export interface UserDb {
  readonly db: Database.Database
  readonly folder: string
  readonly path: string
  /** Set when the file was found damaged at opening and restored. */
  readonly recovery: Recovery | null
  /** Set when the notebook opened empty beside a backup that holds records: the newest such backup, offered to restore. */
  restoreOffer: RestoreOffer | null
  /** The better-sqlite3 build in use (Electron's), for opening backup copies. */
  readonly nativeBinding?: string
  /** Set when a later read or write met damage, so the next use reopens (and recovers) the file. */
  damaged: boolean
  backup(kind: BackupKind, now?: Date): Promise<BackupFile>
  /** Makes the rolling daily copy when none was made in the last 24 hours (null when not due or already under way). */
  backupIfDue(now?: Date): Promise<BackupFile | null>
  lastBackupAt(): string | null
  /**
   * Throws a USER_DATA error when user.db is no longer the file this notebook opened
   * (its folder deleted, moved or renamed while the app runs): a save written into
   * a deleted file would be lost, so it must not be acknowledged.
   */
  checkInPlace(doing: string): void
  /** Runs work after every earlier exclusive work on this notebook has finished (imports: backup, then write). */
  exclusive<T>(work: () => Promise<T>): Promise<T>
  close(): void
}

export interface OpenUserDbOptions {
  nativeBinding?: string
  now?: () => Date
}

const corrupt = (why: string) => Object.assign(new Error(why), { code: 'SQLITE_CORRUPT' })

/** Opens the file and proves it is a whole notebook this version can read, before changing anything in it. */
function openChecked(path: string, nativeBinding?: string): Database.Database {
  const db = new Database(path, { nativeBinding })
  try {
    const check = db.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw corrupt(`SQLite integrity check: ${String(check)}`)
    const version = schemaVersionOf(db)
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n
    if (version === 0 && tables > 0) throw corrupt('the file is a database, but not a handbook notebook')
    if (version > USER_SCHEMA_VERSION) {
      throw new HandbookError(
        'USER_DATA',
        `Your notebook was saved by a newer version of the handbook (data format ${version}; this version reads up to ${USER_SCHEMA_VERSION}). Update the handbook to open it. The file (${path}) has not been changed.`,
      )
    }
    db.pragma('journal_mode = WAL')
    // Every acknowledged write reaches the disk before the call returns: a crash or power cut loses no saved note.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

function moveAside(folder: string, path: string, now: Date): string {
  const dir = join(folder, DAMAGED_DIR)
  privateDir(dir)
  const dest = join(dir, `user-${stampOf(now)}.db`)
  renameSync(path, dest)
  // The journal files belong to the damaged file: keep them with it, never apply them to a restored copy.
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, dest + suffix)
  return dest
}

const readable = (iso: string) => `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`

function recoveryMessage(reason: string, damagedPath: string, restored: BackupFile | null): string {
  const kept = `Your notebook file could not be read (${reason}). It has been moved to ${damagedPath} and kept there; nothing was deleted.`
  return restored
    ? `${kept} Your notes, bookmarks and settings were restored from the backup made on ${readable(restored.createdAt)}; anything changed after that backup is not included.`
    : `${kept} No usable backup was found, so the handbook started a new, empty notebook.`
}

/** The notebook file exists and is private before SQLite touches it; copies cut short by a crash are gone. */
function prepareFile(folder: string, path: string): void {
  privateDir(folder, false)
  // SQLite creates a new file with the process umask (often world-readable); the notebook is private, and its -wal and -shm files take the same mode.
  closeSync(openSync(path, 'a', PRIVATE_FILE))
  chmodSync(path, PRIVATE_FILE)
  // Copies cut short by a crash or a killed app are never finished: remove them before anything else happens.
  pruneOrphanTemps(folder)
  rmSync(`${path}.restoring`, { force: true })
}

/** Opens the file; a damaged one is moved aside and the newest good backup takes its place, saying so in `recovery`. */
function openOrRecover(folder: string, path: string, binding: string | undefined, now: () => Date): { db: Database.Database; recovery: Recovery | null } {
  try {
    return { db: openChecked(path, binding), recovery: null }
  } catch (e) {
    if (!isCorruptionError(e)) throw e
    const damagedPath = moveAside(folder, path, now())
    const restored = restoreNewestGoodBackup(folder, path, binding)
    const db = openChecked(path, binding)
    const recovery = {
      message: recoveryMessage((e as Error).message, damagedPath, restored),
      damagedPath,
      restoredFrom: restored && { path: restored.path, createdAt: restored.createdAt },
      at: now().toISOString(),
    }
    return { db, recovery }
  }
}

/** Brings an older notebook up to this version, after a backup copy of the file as it was. */
async function migrate(db: Database.Database, folder: string, binding: string | undefined, now: () => Date): Promise<void> {
  const from = schemaVersionOf(db)
  try {
    if (from > 0 && from < USER_SCHEMA_VERSION) await writeBackup(db, folder, 'pre-migration', now(), binding)
    applyMigrations(db)
  } catch (e) {
    db.close()
    throw userDataError(e, 'update your notebook to this version of the handbook')
  }
}

/** An empty notebook beside a backup that holds something: offered, never applied unasked. */
function restoreOfferFor(db: Database.Database, folder: string, binding: string | undefined): RestoreOffer | null {
  try {
    return isEmptyNotebook(db) ? newestBackupWithData(folder, binding) : null
  } catch (e) {
    // Only an offer: a backup that cannot be read is simply not offered.
    console.warn('[handbook] could not look for a backup to offer:', e)
    return null
  }
}

/**
 * Opens the practitioner's notebook (folder/user.db), creating it on first
 * use. A damaged or unreadable file is moved aside, never deleted, the newest
 * good backup takes its place and `recovery` says what happened. Migrations
 * run after a backup copy of the file as it was.
 */
export async function openUserDb(folder: string, opts: OpenUserDbOptions = {}): Promise<UserDb> {
  const now = opts.now ?? (() => new Date())
  const binding = opts.nativeBinding
  const path = join(folder, USER_DB_FILE)
  let opened: { db: Database.Database; recovery: Recovery | null }
  try {
    prepareFile(folder, path)
    opened = openOrRecover(folder, path, binding, now)
  } catch (e) {
    throw userDataError(e, 'open your notebook', folder)
  }
  await migrate(opened.db, folder, binding, now)
  return notebook(opened.db, { folder, path, binding, now, recovery: opened.recovery, restoreOffer: restoreOfferFor(opened.db, folder, binding) })
}

/** The open notebook's handle: backups, the check that the file is still in place, and one write at a time. */
function notebook(
  db: Database.Database,
  o: { folder: string; path: string; binding: string | undefined; now: () => Date; recovery: Recovery | null; restoreOffer: RestoreOffer | null },
): UserDb {
  const { folder, path, binding, now } = o
  const opened = statSync(path)
  const movedMessage = (doing: string) =>
    `Could not ${doing}: the notebook file ${path} is no longer there. Its folder was moved, renamed or deleted while the handbook was running, so nothing more can be saved. Put the folder back where it was, or restart the handbook, which then opens ${folder} again (restoring from its backups if needed).`
  let queue: Promise<unknown> = Promise.resolve()

  let lastDaily: number | undefined
  let dailyRun: Promise<BackupFile | null> | undefined
  let last = listBackups(folder)[0]?.createdAt ?? null
  const user: UserDb = {
    db,
    folder,
    path,
    recovery: o.recovery,
    restoreOffer: o.restoreOffer,
    nativeBinding: binding,
    damaged: false,
    async backup(kind, at = now()) {
      const file = await writeBackup(db, folder, kind, at, binding)
      last = file.createdAt
      if (kind === 'daily') lastDaily = Date.parse(file.createdAt)
      return file
    },
    backupIfDue(at = now()) {
      // One copy at a time; callers arriving meanwhile have nothing to wait for.
      if (dailyRun || !db.open) return Promise.resolve(null)
      lastDaily ??= Date.parse(listBackups(folder).find((b) => b.kind === 'daily')?.createdAt ?? '1970-01-01T00:00:00Z')
      if (at.getTime() - lastDaily < DAY_MS) return Promise.resolve(null)
      dailyRun = user.backup('daily', at).finally(() => (dailyRun = undefined))
      return dailyRun
    },
    lastBackupAt: () => last,
    checkInPlace(doing) {
      let now: ReturnType<typeof statSync> | undefined
      try {
        now = statSync(path)
      } catch {
        now = undefined
      }
      if (!now || now.ino !== opened.ino || now.dev !== opened.dev) throw new HandbookError('USER_DATA', movedMessage(doing))
    },
    exclusive(work) {
      const run = queue.then(work, work)
      queue = run.catch(() => undefined)
      return run
    },
    close: () => db.close(),
  }
  return user
}
