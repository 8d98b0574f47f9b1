// A damaged knowledge base in the real renderer: the error screen names the
// problem and the fix, the file is left exactly as it was, and once the
// practitioner restores it "Try again" opens the handbook without a restart.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foreignRequests, KB_PATH, openSession } from './support/harness'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-bad-kb-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('the error screen for a damaged knowledge base', () => {
  it.each<[string, (path: string) => void]>([
    [
      'cut short',
      (p) => {
        copyFileSync(KB_PATH, p)
        truncateSync(p, Math.floor(statSync(KB_PATH).size / 3))
      },
    ],
    ['empty', (p) => writeFileSync(p, '')],
    ['another program’s database', (p) => new Database(p).exec('CREATE TABLE t (x)').close()],
  ])('(%s) says the knowledge base cannot be read and how to fix it; "Try again" works once the file is restored', async (name, breakIt) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.db`)
    breakIt(path)
    const bytes = sha256(path)
    const s = await openSession({ kbPath: path })
    try {
      await s.page.goto(s.server.url)
      const alert = s.page.getByRole('alert')
      await alert.getByRole('heading', { name: 'The knowledge base cannot be read' }).waitFor()
      const text = await alert.innerText()
      expect(text).toMatch(/npm run kb|Reinstall/)
      expect(text).toContain('KB_CORRUPT')
      expect(sha256(path)).toBe(bytes)

      copyFileSync(KB_PATH, path)
      await alert.getByRole('button', { name: 'Try again' }).click()
      await s.page.locator('[aria-label="Treatments"] article').first().waitFor()
      expect(foreignRequests(s)).toEqual([])
    } finally {
      await s.close()
    }
  })
})
