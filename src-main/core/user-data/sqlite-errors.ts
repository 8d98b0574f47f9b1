import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { HandbookError } from '../handbook-error'

const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : '')

/** Damage that no retry can fix: the file must be moved aside and restored from a backup. */
export function isCorruptionError(e: unknown): boolean {
  const code = codeOf(e)
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
}

/** Whether a file can be created in folder: the only test that also sees read-only mounts and immutable folders. */
function canWriteIn(folder: string): boolean {
  const probe = join(folder, `.write-test-${process.pid}`)
  try {
    writeFileSync(probe, '', { flag: 'wx' })
    rmSync(probe, { force: true })
    return true
  } catch {
    return false
  }
}

/**
 * A failed read or write of the notebook in plain words. Disk trouble is
 * reported as such (and left alone), so the practitioner can free space or
 * fix permissions and try again without anything being moved or lost.
 */
export function userDataError(e: unknown, doing: string, folder?: string, folderName = 'its data folder'): HandbookError {
  if (e instanceof HandbookError) return e
  const code = codeOf(e)
  // SQLite reports a folder it may not write to (no room for the WAL side files) as "cannot open" or an I/O error; say what it is.
  const unwritable = !!folder && /^(SQLITE_(CANTOPEN|IOERR|READONLY|PERM)|EACCES|EPERM|EROFS|ENOTDIR|EEXIST)/.test(code) && !canWriteIn(folder)
  const why = unwritable
    ? `the handbook is not allowed to write to ${folderName} (${folder})`
    : code.startsWith('SQLITE_FULL')
      ? 'the disk is full'
      : code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code === 'EACCES' || code === 'EPERM'
        ? 'the handbook is not allowed to write to its data folder'
        : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
          ? 'another program is using the notebook file'
          : code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO' || code === 'ENOSPC'
            ? 'the disk reported an error'
            : (e as Error)?.message || 'an unknown error'
  return new HandbookError('USER_DATA', `Could not ${doing}: ${why}. Nothing was changed; please try again.`, code ? [code] : undefined)
}
