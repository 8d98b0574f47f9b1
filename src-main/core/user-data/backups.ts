import { randomBytes } from 'node:crypto'
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { USER_SCHEMA_VERSION, schemaVersionOf } from './migrations'
import { userDataError } from './sqlite-errors'

export const BACKUP_DIR = 'backups'
export const BACKUP_KINDS = ['daily', 'pre-migration', 'pre-import'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]
/** How many copies of each kind to keep: a week of daily copies, a few of the others. */
export const KEEP: Record<BackupKind, number> = { daily: 7, 'pre-migration': 5, 'pre-import': 5 }
export const DAY_MS = 24 * 60 * 60 * 1000

export interface BackupFile {
  path: string
  kind: BackupKind
  createdAt: string
}

/** 2024-05-01T14:03:07.123Z → 20240501T140307123Z: sorts by time and is safe in any file system. */
export const stampOf = (d: Date) => d.toISOString().replace(/[-:.]/g, '')
const NAME = /^user-(daily|pre-migration|pre-import)-(\d{8}T\d{9}Z)(?:-v\d+)?(?:-[0-9a-f]{8})?\.db$/
/** A copy under way (or cut short by a crash): user-….db.<random>.tmp, and the .tmp of older versions. */
const TEMP = /^user-.*\.db(?:\.[0-9a-f]+)?\.tmp$/

/** The practitioner's notes are private: files only they can read, folders only they can open. */
export const PRIVATE_FILE = 0o600
export const PRIVATE_DIR = 0o700

/**
 * Creates dir owner-only if missing. An existing folder is made owner-only
 * when it is the handbook's own (a notebook folder an earlier version created
 * 0755), never a shared one (sticky, like /tmp) that someone named as --data-dir.
 */
export function privateDir(dir: string, own = true): void {
  if (mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR }) !== undefined) return
  const mode = statSync(dir).mode
  if ((mode & 0o777) === PRIVATE_DIR || (mode & 0o1000) !== 0) return
  if (own || existsSync(join(dir, 'user.db'))) chmodSync(dir, PRIVATE_DIR)
}
const dateOfStamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`

/** Backups in a user-data folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  const dir = join(folder, BACKUP_DIR)
  if (!existsSync(dir)) return []
  const found: BackupFile[] = []
  for (const name of readdirSync(dir)) {
    const m = NAME.exec(name)
    if (m) found.push({ path: join(dir, name), kind: m[1] as BackupKind, createdAt: dateOfStamp(m[2]!) })
  }
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** One copy at a time per folder: concurrent imports and the daily copy queue here instead of racing. */
const queues = new Map<string, Promise<unknown>>()
function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(work, work)
  const tail = run.catch(() => undefined)
  queues.set(key, tail)
  void tail.then(() => queues.get(key) === tail && queues.delete(key))
  return run
}

/**
 * Copies the open database with SQLite's online backup API into a
 * self-contained file (rollback journal, not WAL), written under a temporary
 * name of its own and renamed, so a crash mid-copy never leaves a half file
 * that looks like a backup and two copies never share a file. Copies run one
 * at a time; older copies are pruned only once the new one has proved readable.
 */
export function writeBackup(db: Database.Database, folder: string, kind: BackupKind, now = new Date(), nativeBinding?: string): Promise<BackupFile> {
  return oneAtATime(join(folder, BACKUP_DIR), () => copyOnce(db, folder, kind, now, nativeBinding))
}

async function copyOnce(db: Database.Database, folder: string, kind: BackupKind, now: Date, nativeBinding?: string): Promise<BackupFile> {
  const dir = join(folder, BACKUP_DIR)
  try {
    return await copyInto(dir, db, folder, kind, now, nativeBinding)
  } catch (e) {
    // Named for the backups folder: the data folder itself may well be writable, and "a disk error" would send the practitioner looking in the wrong place.
    throw userDataError(e, 'make a backup copy of your notebook', dir, 'its backups folder')
  }
}

async function copyInto(dir: string, db: Database.Database, folder: string, kind: BackupKind, now: Date, nativeBinding?: string): Promise<BackupFile> {
  privateDir(dir)
  const createdAt = now.toISOString()
  const base = `user-${kind}-${stampOf(now)}-v${schemaVersionOf(db)}`
  // Two copies in the same millisecond get different names; neither replaces the other.
  const path = existsSync(join(dir, `${base}.db`)) ? join(dir, `${base}-${randomBytes(4).toString('hex')}.db`) : join(dir, `${base}.db`)
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await db.backup(tmp)
    chmodSync(tmp, PRIVATE_FILE)
    const copy = new Database(tmp, { nativeBinding })
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    fsyncFile(tmp)
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
  if (isGoodBackup(path, nativeBinding)) prune(folder, kind, nativeBinding)
  return { path, kind, createdAt }
}

/** Removes copies cut short by a crash or a killed app; run at start, before any new copy begins. */
export function pruneOrphanTemps(folder: string): string[] {
  const dir = join(folder, BACKUP_DIR)
  if (!existsSync(dir)) return []
  const removed: string[] = []
  for (const name of readdirSync(dir)) {
    if (!TEMP.test(name)) continue
    rmSync(join(dir, name), { force: true })
    removed.push(name)
  }
  return removed
}

/** Keeps the newest copies of a kind; never the last good copy of the notebook, whatever its kind. */
function prune(folder: string, kind: BackupKind, nativeBinding?: string): void {
  const all = listBackups(folder)
  const old = all.filter((b) => b.kind === kind).slice(KEEP[kind])
  if (old.length === 0) return
  const keptGood = all.some((b) => !old.includes(b) && isGoodBackup(b.path, nativeBinding))
  if (!keptGood) return
  for (const b of old) rmSync(b.path, { force: true })
}

/** A backup is usable when SQLite reads it whole and this version of the app understands its schema. */
export function isGoodBackup(path: string, nativeBinding?: string): boolean {
  let db: Database.Database | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding })
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return false
    const v = schemaVersionOf(db)
    return v >= 1 && v <= USER_SCHEMA_VERSION
  } catch {
    return false
  } finally {
    db?.close()
  }
}

/** Copies the newest usable backup to `dest` (durably, via a temporary name); null when there is none. */
export function restoreNewestGoodBackup(folder: string, dest: string, nativeBinding?: string): BackupFile | null {
  for (const b of listBackups(folder)) {
    if (!isGoodBackup(b.path, nativeBinding)) continue
    const tmp = `${dest}.restoring`
    copyFileSync(b.path, tmp)
    chmodSync(tmp, PRIVATE_FILE)
    fsyncFile(tmp)
    renameSync(tmp, dest)
    return b
  }
  return null
}
