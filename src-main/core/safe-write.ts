// Writes a file the practitioner chose (a handout PDF, a notes export) so that a failure
// leaves nothing behind: the bytes go to a temporary file beside the target
// and replace it only once complete, and the error says what went wrong.
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { HandbookError } from './handbook-error'

export interface WriteFs {
  writeFile(path: string, data: Uint8Array, mode?: number): Promise<void>
  rename(from: string, to: string): Promise<void>
  rm(path: string): Promise<void>
}

const nodeFs: WriteFs = {
  // Flushed before the rename, so a crash leaves the old file or the whole new one.
  async writeFile(p, d, mode = 0o666) {
    const file = await open(p, 'wx', mode)
    try {
      await file.writeFile(d)
      await file.sync()
    } finally {
      await file.close()
    }
  },
  rename,
  rm: (p) => rm(p, { force: true }),
}

function reason(code: string | undefined, path: string): string {
  const dir = dirname(path)
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `you do not have permission to write in the folder "${dir}" (it may be read-only, or the file may be open in another program)`
    case 'EROFS':
      return `the folder "${dir}" is on a read-only disk`
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk holding "${dir}" is full`
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder "${dir}" does not exist any more`
    case 'EISDIR':
      return `"${path}" is a folder`
    case 'EBUSY':
      return `"${basename(path)}" is open in another program`
    case 'ENAMETOOLONG':
      return 'the file name is too long'
    default:
      return `the system reported ${code ?? 'an unknown error'}`
  }
}

/** How a failed write is explained: what was not saved, and what the practitioner can do. */
export interface WriteWords {
  what: string
  then: string
  /** The new file's mode: a notes export is private to the practitioner (0600); a handout PDF is theirs to hand out. */
  mode?: number
}
export const PDF_WORDS: WriteWords = { what: 'The PDF', then: 'Nothing was changed, and the handout is still open; choose another place to save it.' }
export const EXPORT_WORDS: WriteWords = { what: 'The export', then: 'Your notes are unchanged; choose another place to save the file.', mode: 0o600 }

/** Writes data to path, replacing any file there only when the new one is complete. */
export async function writeFileSafely(path: string, data: Uint8Array, fs: WriteFs = nodeFs, words: WriteWords = PDF_WORDS): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`)
  try {
    await fs.writeFile(temp, data, words.mode)
    await fs.rename(temp, path)
  } catch (e) {
    await fs.rm(temp).catch(() => undefined)
    const code = (e as NodeJS.ErrnoException).code
    throw new HandbookError('WRITE_FAILED', `${words.what} was not saved: ${reason(code, path)}. ${words.then}`, [path, ...(code ? [code] : [])])
  }
}
