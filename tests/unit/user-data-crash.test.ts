import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { crashNoteBody } from '../support/crash-note'
import { tempFolder, type TempFolder } from '../support/user-data'

const CHILD = resolve(import.meta.dirname, '../support/user-data-crash-child.ts')
const NOTES = 1000
const RUNS = 4

let folder: TempFolder | undefined
afterEach(() => folder?.dispose())

/** Starts the writer, kills it with SIGKILL once `killAfter` notes are acknowledged, and returns every acknowledged index. */
function writeUntilKilled(dir: string, killAfter: number): Promise<{ acked: number[]; killed: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(NOTES)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: number[] = []
    let buffered = ''
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        if (line === 'done') child.kill('SIGKILL')
        else acked.push(Number(line))
      }
      if (acked.length >= killAfter) child.kill('SIGKILL')
    })
    child.on('error', fail)
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`writer exited by itself (${String(_code)}): ${stderr}`))
      else done({ acked, killed: true })
    })
  })
}

describe('a crash while saving notes', () => {
  it(`loses no acknowledged note and leaves a sound file, killed at ${RUNS} random moments`, { timeout: 60_000 }, async () => {
    for (let run = 0; run < RUNS; run++) {
      folder?.dispose()
      folder = tempFolder('handbook-crash-')
      const killAfter = 1 + Math.floor(Math.random() * (NOTES - 1))
      const { acked } = await writeUntilKilled(folder.dir, killAfter)
      const context = `run ${run}, killed after ${killAfter} acknowledgements (${acked.length} read)`
      expect(acked.length, context).toBeGreaterThanOrEqual(Math.min(killAfter, NOTES))

      // Look at the file as it was left, before the app's own opening could repair anything.
      const db = new Database(join(folder.dir, 'user.db'))
      try {
        expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok')
        const rows = new Map((db.prepare('SELECT slug, body FROM notes').all() as { slug: string; body: string }[]).map((r) => [r.slug, r.body]))
        const lost = acked.filter((i) => rows.get(`note-${i}`) !== crashNoteBody(i))
        expect(lost, context).toEqual([])
      } finally {
        db.close()
      }
      const reopened = await openUserDb(folder.dir)
      expect(reopened.recovery, context).toBeNull()
      reopened.close()
    }
  })
})
