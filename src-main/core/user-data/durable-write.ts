import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

/** Writes a file under a temporary name, flushes it to disk and renames it over the target: the old file or the whole new one, never half. */
export function writeFileDurably(path: string, text: string): void {
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  try {
    const fd = openSync(tmp, 'w')
    try {
      writeSync(fd, text)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
}
