import { HandbookError } from '../handbook-error'

const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : '')

/** Damage that no retry can fix: the file must be moved aside and restored from a backup. */
export function isCorruptionError(e: unknown): boolean {
  const code = codeOf(e)
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
}

/**
 * A failed read or write of the notebook in plain words. Disk trouble is
 * reported as such (and left alone), so the practitioner can free space or
 * fix permissions and try again without anything being moved or lost.
 */
export function userDataError(e: unknown, doing: string): HandbookError {
  if (e instanceof HandbookError) return e
  const code = codeOf(e)
  const why = code.startsWith('SQLITE_FULL')
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
