import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { KB_SCHEMA_VERSION } from '../../src-main/core/kb-schema'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HandbookError } from '../../src-main/core/handbook-error'
import { openKnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let kb: FixtureKb
beforeAll(() => {
  kb = fixtureKb()
  kb.compile()
})
afterAll(() => kb.dispose())

function codeOf(path: string): string {
  try {
    openKnowledgeBase(path).close()
  } catch (e) {
    expect(e).toBeInstanceOf(HandbookError)
    expect((e as Error).message).toMatch(/npm run kb|Reinstall/)
    return (e as HandbookError).code
  }
  return 'opened'
}

describe('opening the knowledge base', () => {
  it('opens a good file read-only', () => {
    const open = openKnowledgeBase(kb.dbPath)
    expect(open.meta.schemaVersion).toBe(KB_SCHEMA_VERSION)
    expect(() => open.db.prepare('DELETE FROM treatments').run()).toThrow(/readonly/)
    open.close()
  })

  it('names a missing file', () => {
    expect(codeOf(join(kb.dir, 'absent.db'))).toBe('KB_MISSING')
  })

  it('names an empty file, a file of random bytes and a truncated file as damaged', () => {
    const empty = join(kb.dir, 'empty.db')
    writeFileSync(empty, '')
    expect(codeOf(empty)).toBe('KB_CORRUPT')
    const noise = join(kb.dir, 'noise.db')
    writeFileSync(noise, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)))
    expect(codeOf(noise)).toBe('KB_CORRUPT')
    const cut = join(kb.dir, 'cut.db')
    copyFileSync(kb.dbPath, cut)
    truncateSync(cut, Math.floor(readFileSync(kb.dbPath).length / 3))
    expect(codeOf(cut)).toBe('KB_CORRUPT')
  })

  it('names a SQLite file that is not a handbook and one of another format version', () => {
    const other = join(kb.dir, 'other.db')
    new Database(other).exec('CREATE TABLE t (x)').close()
    expect(codeOf(other)).toBe('KB_CORRUPT')
    const old = join(kb.dir, 'old.db')
    copyFileSync(kb.dbPath, old)
    const db = new Database(old)
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'schema_version'").run()
    db.close()
    expect(codeOf(old)).toBe('KB_WRONG_VERSION')
  })
})
