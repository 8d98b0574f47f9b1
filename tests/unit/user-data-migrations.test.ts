import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../src-main/core/user-data/backups'
import { listBookmarks } from '../../src-main/core/user-data/bookmarks'
import { MIGRATIONS, schemaVersionOf, USER_SCHEMA_VERSION } from '../../src-main/core/user-data/migrations'
import { listNotes } from '../../src-main/core/user-data/notes'
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { getSettings } from '../../src-main/core/user-data/settings'
import { snapshotRows, notebookFolderPerTest, writeV1Notebook } from '../support/user-data'

const folder = notebookFolderPerTest()

describe('user-data migrations', () => {
  it('are numbered 1, 2, 3… without gaps, so user_version names exactly the steps applied', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1))
    expect(USER_SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('bring a version-1 notebook to the latest version and keep every row and value', async () => {
    const path = writeV1Notebook(folder.dir)
    const before = snapshotRows(path)
    expect(before.notes).toHaveLength(3)

    const opened = await folder.open()
    expect(schemaVersionOf(opened.db)).toBe(USER_SCHEMA_VERSION)

    const notes = listNotes(opened.db)
    expect(notes.map((n) => ({ slug: n.slug, body: n.body, updated_at: n.updatedAt })).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(before.notes)
    // The creation date did not exist in version 1: the last edit is the best known.
    for (const n of notes) expect(n.createdAt).toBe(n.updatedAt)

    const marks = listBookmarks(opened.db)
    expect(marks.map((b) => ({ slug: b.slug, created_at: b.createdAt })).sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(before.bookmarks)
    expect(getSettings(opened.db)).toMatchObject({ theme: 'dark', paperSize: 'letter' })
  })

  it('copy the notebook as it was before migrating, and that copy is the untouched version-1 file', async () => {
    const path = writeV1Notebook(folder.dir)
    const before = snapshotRows(path)
    await folder.open()

    const backups = listBackups(folder.dir)
    expect(backups.map((b) => b.kind)).toEqual(['pre-migration'])
    const copy = new Database(backups[0]!.path, { readonly: true })
    expect(schemaVersionOf(copy)).toBe(1)
    copy.close()
    expect(snapshotRows(backups[0]!.path)).toEqual(before)
  })

  it('start a new notebook at the latest version without a backup of nothing, and run only once', async () => {
    let opened = await folder.open()
    expect(schemaVersionOf(opened.db)).toBe(USER_SCHEMA_VERSION)
    expect(listBackups(folder.dir)).toEqual([])
    opened = await folder.open()
    expect(listBackups(folder.dir)).toEqual([])
  })

  it('use WAL and synchronous=FULL, so each acknowledged write is on disk', async () => {
    const opened = await folder.open()
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.db.pragma('synchronous', { simple: true })).toBe(2)
  })

  it('refuse a notebook from a newer version of the app, saying so, and leave the file byte for byte as it was', async () => {
    const path = join(folder.dir, 'user.db')
    const db = new Database(path)
    db.exec("CREATE TABLE notes (slug TEXT PRIMARY KEY, body TEXT NOT NULL); INSERT INTO notes VALUES ('x', 'from the future')")
    db.pragma(`user_version = ${USER_SCHEMA_VERSION + 1}`)
    db.close()
    const bytes = readFileSync(path)

    await expect(openUserDb(folder.dir)).rejects.toMatchObject({ code: 'USER_DATA', message: expect.stringContaining('newer version of the handbook') })
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(listBackups(folder.dir)).toEqual([])
  })

  it('leave a notebook at its old version when a step fails, with the backup still there', async () => {
    const path = writeV1Notebook(folder.dir)
    // A table that migration 2 means to create already exists: the step fails inside its transaction.
    const db = new Database(path)
    db.exec('CREATE TABLE comparisons (x)')
    db.close()

    await expect(openUserDb(folder.dir)).rejects.toMatchObject({ code: 'USER_DATA' })
    const check = new Database(path, { readonly: true })
    expect(schemaVersionOf(check)).toBe(1)
    check.close()
    expect(listBackups(folder.dir).map((b) => b.kind)).toEqual(['pre-migration'])
  })
})
