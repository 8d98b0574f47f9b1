// The notebook at its edges: many imports at once, files a hand or a crash
// left behind, a folder that disappears while the app runs, private modes.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { BACKUP_DIR, listBackups } from '../../src-main/core/user-data/backups'
import { EXPORT_FORMAT } from '../../src-main/core/user-data/export-format'
import { IMPORT_MAX_DEPTH, NOTES_LIST_LIMIT } from '../../src-main/core/user-data/limits'
import { USER_SCHEMA_VERSION } from '../../src-main/core/user-data/migrations'
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'
import { apiFor, CallError, tempFolder, type TempFolder } from '../support/user-data'

let kb: FixtureKb
let folder: TempFolder
const contexts: HandlerContext[] = []
beforeEach(() => {
  kb = fixtureKb()
  kb.compile()
  folder = tempFolder()
})
afterEach(() => {
  for (const c of contexts.splice(0)) c.close()
  folder.dispose()
  kb.dispose()
})

function notebook(dir = folder.dir) {
  const ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: dir })
  contexts.push(ctx)
  return { call: apiFor(ctx), ctx }
}

const at = '2024-05-01T10:00:00.000Z'
const exportFile = (extra: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: USER_SCHEMA_VERSION, exportedAt: at, ...extra })
const noteCount = (path: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n
  } finally {
    db.close()
  }
}
const mode = (path: string) => statSync(path).mode & 0o777

describe('imports at the same moment', () => {
  it('all succeed, one after another, and every kept pre-import backup is a whole notebook', async () => {
    const { call } = notebook()
    await call('notes/save', { slug: 'deep-laser', body: 'kept before any import' })
    await call('notes/save', { slug: 'superficial-peel', body: 'also kept' })
    const files = Array.from({ length: 48 }, (_, i) =>
      exportFile({ notes: [{ slug: `imported-${i}`, body: `note ${i}`, treatmentName: null, updatedAt: at }] }),
    )
    const results = await Promise.allSettled(files.map((json) => call('userdata/import', { json, mode: 'merge' })))
    const failed = results.filter((r) => r.status === 'rejected')
    expect(
      failed.map((r) => String((r as PromiseRejectedResult).reason)),
      'failed imports',
    ).toEqual([])
    expect((await call('notes/list', {})).total).toBe(50)
    const kept = listBackups(folder.dir).filter((b) => b.kind === 'pre-import')
    expect(kept.length).toBeGreaterThan(0)
    for (const b of kept) expect(noteCount(b.path), b.path).toBeGreaterThanOrEqual(2)
    // Each backup path is its own file, and nothing half-written is left.
    const paths = results.map((r) => (r as PromiseFulfilledResult<{ backupPath: string }>).value.backupPath)
    expect(new Set(paths).size).toBe(48)
    expect(readdirSync(join(folder.dir, BACKUP_DIR)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('copies cut short by a crash', () => {
  it('are removed when the notebook opens, and real backups are kept', async () => {
    const first = await openUserDb(folder.dir)
    const good = await first.backup('daily', new Date('2024-05-01T10:00:00Z'))
    first.close()
    const dir = join(folder.dir, BACKUP_DIR)
    const orphans = ['user-daily-20240502T100000000Z-v4.db.tmp', 'user-pre-import-20240502T100000000Z-v4.db.5f3a9c1d2e4b.tmp']
    for (const o of orphans) writeFileSync(join(dir, o), Buffer.alloc(1024 * 1024))
    const again = await openUserDb(folder.dir)
    again.close()
    expect(readdirSync(dir).sort()).toEqual([good.path.slice(dir.length + 1)])
  })
})

describe('an imported client profile', () => {
  const profile = { age: 52, fitzpatrick: 'IV', glogau: 3, concerns: [], flags: [], injectionsAcceptable: true, energyDevicesAcceptable: false }
  const withProfile = (p: unknown) => exportFile({ clientProfiles: [{ label: 'Mrs B.', profile: p, createdAt: at, updatedAt: at }] })
  /** The profile written as text, nested `depth` objects deep (JSON.stringify itself cannot go that deep). */
  const deepProfile = (depth: number) => withProfile({ ...profile, extra: '@' }).replace('"@"', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)

  it('is refused whole, in plain words, when nested 2,000 deep (a 4 KB file) or far deeper', async () => {
    const { call } = notebook()
    for (const depth of [2_000, 200_000]) {
      const json = deepProfile(depth)
      if (depth === 2_000) expect(json.length).toBeLessThan(16_500)
      for (const channel of ['userdata/preview-import', 'userdata/import'] as const) {
        const e = (await call(channel, { json, mode: 'merge' }).catch((x: unknown) => x)) as CallError
        expect(e, `${channel} at depth ${depth}`).toBeInstanceOf(CallError)
        expect(e.code).toBe('IMPORT_REJECTED')
        expect(e.message).not.toMatch(/call stack/i)
      }
    }
    expect(await call('profiles/list', {})).toEqual([])
    // The notebook's own export stays small and imports back.
    const exported = await call('userdata/export', {})
    expect(exported.json.length).toBeLessThan(4096)
  })

  it('must have the shape the screener saves: the same schema as profiles/save', async () => {
    const { call } = notebook()
    for (const bad of [{ ...profile, age: 500 }, { ...profile, extra: 'x' }, { anything: { goes: [1, 2] } }, 'text']) {
      await expect(call('userdata/preview-import', { json: withProfile(bad), mode: 'merge' }), JSON.stringify(bad)).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
      })
    }
    const shallow = withProfile({ ...profile, endedOn: { 'recent-isotretinoin': '2024-01-01' } })
    await call('userdata/import', { json: shallow, mode: 'merge' })
    expect(await call('profiles/list', {})).toMatchObject([{ label: 'Mrs B.', profile: { age: 52 } }])
    expect(IMPORT_MAX_DEPTH).toBeGreaterThanOrEqual(4)
  })
})

describe('the data folder moved or deleted while the app runs', () => {
  for (const how of ['deleted', 'moved'] as const) {
    it(`is ${how}: the next save is not acknowledged, and says why`, async () => {
      const dir = join(folder.dir, 'data')
      const { call } = notebook(dir)
      await call('notes/save', { slug: 'deep-laser', body: 'first' })
      if (how === 'deleted') rmSync(dir, { recursive: true, force: true })
      else renameSync(dir, join(folder.dir, 'elsewhere'))
      const e = (await call('notes/save', { slug: 'deep-laser', body: 'second' }).catch((x: unknown) => x)) as CallError
      expect(e).toBeInstanceOf(CallError)
      expect(e.code).toBe('USER_DATA')
      expect(e.message).toMatch(/moved, renamed or deleted while the handbook was running/)
      expect(e.message).toContain(dir)
    })
  }
})

describe('private files', () => {
  it('creates the notebook 0600 and its folders 0700, and tightens a folder an earlier version left open', async () => {
    const dir = join(folder.dir, 'data')
    mkdirSync(dir, { mode: 0o755 })
    chmodSync(dir, 0o755)
    writeFileSync(join(dir, 'user.db'), '')
    chmodSync(join(dir, 'user.db'), 0o644)
    const { call } = notebook(dir)
    await call('notes/save', { slug: 'deep-laser', body: 'private' })
    await call('userdata/import', { json: exportFile({}), mode: 'merge' })
    expect(mode(dir)).toBe(0o700)
    expect(mode(join(dir, 'user.db'))).toBe(0o600)
    expect(mode(join(dir, BACKUP_DIR))).toBe(0o700)
    const backups = listBackups(dir)
    expect(backups.length).toBeGreaterThan(0)
    for (const b of backups) expect(mode(b.path), b.path).toBe(0o600)
    for (const side of ['user.db-wal', 'user.db-shm']) if (existsSync(join(dir, side))) expect(mode(join(dir, side)), side).toBe(0o600)
  })

  it('never changes the mode of a shared folder named as the data folder', async () => {
    const shared = join(folder.dir, 'shared')
    mkdirSync(shared)
    chmodSync(shared, 0o1777)
    const { call } = notebook(shared)
    await call('notes/save', { slug: 'deep-laser', body: 'x' })
    expect(statSync(shared).mode & 0o1777).toBe(0o1777)
    expect(mode(join(shared, 'user.db'))).toBe(0o600)
  })
})

describe('a backups folder the handbook may not write to', () => {
  it('is named as such, not as a disk error', async (t) => {
    const { call } = notebook()
    await call('notes/save', { slug: 'deep-laser', body: 'x' })
    const dir = join(folder.dir, BACKUP_DIR)
    mkdirSync(dir, { recursive: true })
    try {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' })
    } catch {
      return t.skip('chattr is not available here')
    }
    try {
      const e = (await call('userdata/import', { json: exportFile({}), mode: 'merge' }).catch((x: unknown) => x)) as CallError
      expect(e).toBeInstanceOf(CallError)
      expect(e.code).toBe('USER_DATA')
      expect(e.message).toContain(`not allowed to write to its backups folder (${dir})`)
      expect(e.message).not.toMatch(/disk reported an error/)
    } finally {
      execFileSync('chattr', ['-i', dir], { stdio: 'ignore' })
    }
  })
})

describe('a notebook of 21,000 notes', () => {
  function fillNotes(dir: string, count: number) {
    const db = new Database(join(dir, 'user.db'))
    const insert = db.prepare('INSERT INTO notes (slug, body, created_at, updated_at) VALUES (?, ?, ?, ?)')
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()
        insert.run(`note-${i}`, i % 1000 === 7 ? `needle ${i}` : `ordinary text about treatment ${i} `.repeat(5), at, at)
      }
    })()
    db.close()
  }

  it('lists the most recently edited first, capped, with the total', async () => {
    const { call } = notebook()
    await call('notes/save', { slug: 'deep-laser', body: 'newest' })
    fillNotes(folder.dir, 21_000)
    const list = await call('notes/list', {})
    expect(list.total).toBe(21_001)
    expect(list.items).toHaveLength(NOTES_LIST_LIMIT)
    expect(list.items[0]!.slug).toBe('deep-laser')
    expect(list.items[1]!.slug).toBe('note-20999')
  }, 30_000)

  it('searches all of them without holding up a save made meanwhile', async () => {
    const { call } = notebook()
    await call('notes/save', { slug: 'deep-laser', body: 'first' })
    fillNotes(folder.dir, 21_000)
    const order: string[] = []
    const search = call('notes/list', { query: 'needle' }).then((r) => (order.push('search'), r))
    const save = call('notes/save', { slug: 'deep-laser', body: 'saved during the search' }).then(() => order.push('save'))
    const [found] = await Promise.all([search, save])
    expect(order).toEqual(['save', 'search'])
    expect(found.total).toBe(21)
    expect(found.items.map((n) => n.slug).slice(0, 2)).toEqual(['note-20007', 'note-19007'])
  }, 30_000)
})

describe('an empty notebook beside backups that hold notes', () => {
  it('offers the newest backup with records, restores it when asked, and offers nothing once restored', async () => {
    const dir = join(folder.dir, 'data')
    const first = notebook(dir)
    await first.call('notes/save', { slug: 'deep-laser', body: 'in the backup' })
    await first.call('bookmarks/toggle', { slug: 'superficial-peel' })
    await first.call('userdata/import', { json: exportFile({}), mode: 'merge' }) // takes a pre-import backup
    first.ctx.close()
    // The notebook file is lost (deleted, or the folder restored by hand without it); the backups remain.
    for (const f of ['user.db', 'user.db-wal', 'user.db-shm']) rmSync(join(dir, f), { force: true })

    const { call } = notebook(dir)
    const status = await call('userdata/status', {})
    expect(status.restoreOffer).toMatchObject({ counts: { notes: 1, bookmarks: 1, comparisons: 0, clientProfiles: 0 } })
    expect((await call('notes/list', {})).total).toBe(0)
    await call('userdata/restore-backup', {})
    expect((await call('notes/list', {})).items.map((n) => n.body)).toEqual(['in the backup'])
    expect((await call('userdata/status', {})).restoreOffer).toBeNull()
    await expect(call('userdata/restore-backup', {})).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('offers nothing when the notebook has records, or when no backup has any', async () => {
    const { call } = notebook()
    expect((await call('userdata/status', {})).restoreOffer).toBeNull()
    await call('userdata/import', { json: exportFile({}), mode: 'merge' })
    expect((await call('userdata/status', {})).restoreOffer).toBeNull()
  })
})
