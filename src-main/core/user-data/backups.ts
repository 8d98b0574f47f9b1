import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { USER_SCHEMA_VERSION, schemaVersionOf } from './migrations'

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
const NAME = /^user-(daily|pre-migration|pre-import)-(\d{8}T\d{9}Z)(?:-v\d+)?\.db$/
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

/**
 * Copies the open database with SQLite's online backup API into a
 * self-contained file (rollback journal, not WAL), written under a temporary
 * name and renamed, so a crash mid-copy never leaves a half file that looks
 * like a backup.
 */
export async function writeBackup(db: Database.Database, folder: string, kind: BackupKind, now = new Date(), nativeBinding?: string): Promise<BackupFile> {
  const dir = join(folder, BACKUP_DIR)
  mkdirSync(dir, { recursive: true })
  const createdAt = now.toISOString()
  const name = `user-${kind}-${stampOf(now)}-v${schemaVersionOf(db)}.db`
  const path = join(dir, name)
  const tmp = `${path}.tmp`
  rmSync(tmp, { force: true })
  try {
    await db.backup(tmp)
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
  prune(folder, kind)
  return { path, kind, createdAt }
}

function prune(folder: string, kind: BackupKind): void {
  const old = listBackups(folder).filter((b) => b.kind === kind).slice(KEEP[kind])
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
    fsyncFile(tmp)
    renameSync(tmp, dest)
    return b
  }
  return null
}
