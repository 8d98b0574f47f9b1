import { createHash } from 'node:crypto'

/** Hash of the sources alone (names and bytes), so the same sources always give the same hash. */
export function contentHash(sources: readonly { file: string; text: string }[]): string {
  const h = createHash('sha256')
  for (const s of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    h.update(s.file.replace(/\\/g, '/'))
    h.update('\0')
    h.update(s.text.replace(/\r\n/g, '\n'))
    h.update('\0')
  }
  return h.digest('hex')
}
