import { existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createHandlerContext } from '../../src-main/api/handlers/context'
import { withUser } from '../../src-main/api/handlers/with-user'
import { DAY_MS, KEEP, listBackups } from '../../src-main/core/user-data/backups'
import { getNote, listNotes, saveNote } from '../../src-main/core/user-data/notes'
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { userDataError } from '../../src-main/core/user-data/sqlite-errors'
import { notebookFolderPerTest } from '../support/user-data'

const folder = notebookFolderPerTest()

const dbPath = () => join(folder.dir, 'user.db')
/** What a failing disk or a stray program does: random bytes over the start of the file. */
function scrambleHeader(path: string) {
  const fd = openSync(path, 'r+')
  writeSync(fd, randomBytes(100), 0, 100, 0)
  closeSync(fd)
}

/** A notebook with one note, a daily backup of it, then a later note that only the live file has. */
async function notebookWithBackup(at = new Date('2024-05-01T10:00:00.000Z')) {
  const u = await openUserDb(folder.dir)
  saveNote(u.db, 'superficial-peel', 'in the backup', 'Superficial test peel')
  await u.backup('daily', at)
  saveNote(u.db, 'deep-laser', 'written after the backup', 'Deep test laser')
  u.close()
}

describe('recovering a damaged notebook', () => {
  it('moves the damaged file aside unchanged, restores the newest good backup and says what happened', async () => {
    await notebookWithBackup()
    scrambleHeader(dbPath())
    const damagedBytes = readFileSync(dbPath())

    const opened = await folder.open()
    expect(getNote(opened.db, 'superficial-peel')?.body).toBe('in the backup')
    expect(getNote(opened.db, 'deep-laser')).toBeNull()

    const r = opened.recovery!
    expect(r.restoredFrom?.createdAt).toBe('2024-05-01T10:00:00.000Z')
    expect(readFileSync(r.damagedPath).equals(damagedBytes)).toBe(true)
    expect(r.message).toContain(r.damagedPath)
    expect(r.message).toContain('2024-05-01 at 10:00 UTC')
    expect(r.message).toMatch(/nothing was deleted/)
  })

  it('skips a backup that is itself damaged and uses the next one', async () => {
    await notebookWithBackup(new Date('2024-05-01T10:00:00.000Z'))
    const u = await openUserDb(folder.dir)
    const newer = await u.backup('daily', new Date('2024-05-02T10:00:00.000Z'))
    u.close()
    scrambleHeader(newer.path)
    scrambleHeader(dbPath())

    const opened = await folder.open()
    expect(opened.recovery?.restoredFrom?.createdAt).toBe('2024-05-01T10:00:00.000Z')
    expect(listNotes(opened.db).map((n) => n.body)).toEqual(['in the backup'])
  })

  it('starts an empty notebook when no backup is usable, keeping the damaged file and saying so', async () => {
    const u = await openUserDb(folder.dir)
    saveNote(u.db, 'deep-laser', 'no backup of this', 'Deep test laser')
    u.close()
    scrambleHeader(dbPath())

    const opened = await folder.open()
    expect(listNotes(opened.db)).toEqual([])
    expect(opened.recovery?.restoredFrom).toBeNull()
    expect(opened.recovery?.message).toContain('No usable backup was found')
    expect(existsSync(opened.recovery!.damagedPath)).toBe(true)
  })

  it('treats a file that is not a database at all (text) as damaged too', async () => {
    writeFileSync(dbPath(), 'these are not the notes you are looking for'.repeat(50))
    const opened = await folder.open()
    expect(opened.recovery?.damagedPath).toMatch(/damaged/)
    expect(readFileSync(opened.recovery!.damagedPath, 'utf8')).toContain('not the notes')
  })

  it('recovers on the next call when damage shows up while the app is running', async () => {
    const ctx = createHandlerContext({ kbPath: join(folder.dir, 'no-kb.db'), userDataDir: folder.dir })
    try {
      const first = await ctx.user()
      saveNote(first.db, 'deep-laser', 'kept', 'Deep test laser')
      await first.backup('daily')
      await expect(
        withUser(ctx, 'save your note', () => {
          throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' })
        }),
      ).rejects.toMatchObject({ code: 'USER_DATA', message: expect.stringContaining('restores it from its latest backup') })
      // The damage is on disk (closing first, or WAL checkpointing would rewrite the scrambled page).
      first.close()
      scrambleHeader(dbPath())
      const second = await ctx.user()
      expect(second).not.toBe(first)
      expect(second.recovery).not.toBeNull()
      expect(getNote(second.db, 'deep-laser')?.body).toBe('kept')
    } finally {
      ctx.close()
    }
  })
})

describe('backups', () => {
  it('makes a daily copy when none is younger than a day, and keeps only the last few', async () => {
    const opened = await folder.open()
    const start = Date.parse('2024-05-01T08:00:00.000Z')
    expect(await opened.backupIfDue(new Date(start))).not.toBeNull()
    expect(await opened.backupIfDue(new Date(start + DAY_MS - 1))).toBeNull()
    for (let day = 1; day <= KEEP.daily + 2; day++) expect(await opened.backupIfDue(new Date(start + day * DAY_MS))).not.toBeNull()

    const daily = listBackups(folder.dir).filter((b) => b.kind === 'daily')
    expect(daily).toHaveLength(KEEP.daily)
    expect(daily[0]!.createdAt).toBe(new Date(start + (KEEP.daily + 2) * DAY_MS).toISOString())
    expect(opened.lastBackupAt()).toBe(daily[0]!.createdAt)
  })

  it('are self-contained files: no half-written or journal files are left beside them', async () => {
    const opened = await folder.open()
    saveNote(opened.db, 'deep-laser', 'x', 'Deep test laser')
    await opened.backup('pre-import')
    expect(readdirSync(join(folder.dir, 'backups')).filter((f) => !f.endsWith('.db'))).toEqual([])
  })
})

describe('disk trouble', () => {
  it('is reported in plain words and not mistaken for damage', () => {
    const full = userDataError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), 'save your note')
    expect(full).toMatchObject({ code: 'USER_DATA', message: 'Could not save your note: the disk is full. Nothing was changed; please try again.' })
    const readOnly = userDataError(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }), 'save your note')
    expect(readOnly.message).toContain('not allowed to write')
  })
})
