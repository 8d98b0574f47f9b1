import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveNote } from '../../src-main/core/user-data/notes'
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { tempFolder } from '../support/user-data'
import { KB_PATH, openSession, type Session } from './support/harness'

/** Two treatments of the real knowledge base, by name order. */
function someTreatments(): { slug: string; name: string }[] {
  const db = new Database(KB_PATH, { readonly: true })
  try {
    return db.prepare('SELECT slug, name FROM treatments ORDER BY name LIMIT 2').all() as { slug: string; name: string }[]
  } finally {
    db.close()
  }
}

/** Reads a note straight from user.db, as the next start of the app would. */
function noteOnDisk(dataDir: string, slug: string): string | undefined {
  const db = new Database(join(dataDir, 'user.db'), { readonly: true })
  try {
    return (db.prepare('SELECT body FROM notes WHERE slug = ?').get(slug) as { body: string } | undefined)?.body
  } finally {
    db.close()
  }
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = read()
    if (v !== undefined) return v
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Gave up waiting for ${what}`)
}

describe('notes, bookmarks and settings in Chromium', () => {
  let s: Session
  const [first, second] = someTreatments()
  beforeAll(async () => {
    s = await openSession()
  })
  afterAll(async () => s?.close())

  it('saves a note as it is typed, shows it on the treatment page and finds it in the Notes view', async () => {
    const { page } = s
    await page.goto(`${s.server.url}#/treatments/${first!.slug}`)
    const editor = page.getByLabel('My notes on this treatment')
    await editor.waitFor()
    await page.waitForFunction(() => !(document.getElementById('treatment-note') as HTMLTextAreaElement).disabled)
    await editor.fill('Test spot first.\n- **Type IV**: start low\n- follow up at 2 weeks')
    await page.locator('.treatment-notes .save-status', { hasText: 'Saved' }).waitFor()
    expect(noteOnDisk(s.dataDir, first!.slug)).toContain('Type IV')

    await page.getByRole('button', { name: 'Bookmark', exact: true }).click()
    await page.getByRole('button', { name: 'Bookmarked' }).waitFor()

    await page.getByRole('link', { name: 'Notes', exact: true }).click()
    const note = page.locator(`article.note[data-slug="${first!.slug}"]`)
    await note.waitFor()
    expect(await note.locator('h3').innerText()).toBe(first!.name)
    expect(await note.locator('li strong').innerText()).toBe('Type IV')
    expect(await page.locator(`[aria-label="Bookmarks"] li[data-slug="${first!.slug}"]`).innerText()).toContain(first!.name)

    await page.getByLabel('Search your notes').fill('follow up')
    await page.waitForFunction(() => location.hash.includes('q='))
    await note.waitFor()
    await page.getByLabel('Search your notes').fill('no such words anywhere')
    await page.getByText('No note matches').waitFor()
    expect(await note.count()).toBe(0)
    expect(s.problems).toEqual([])
  })

  it('keeps text typed just before the window closes', async () => {
    const page = await s.context.newPage()
    await page.goto(`${s.server.url}#/treatments/${second!.slug}`)
    await page.waitForFunction(() => !(document.getElementById('treatment-note') as HTMLTextAreaElement | null)?.disabled)
    await page.getByLabel('My notes on this treatment').fill('typed a moment before closing')
    // Closed at once, long before the pause that triggers a save.
    await page.close({ runBeforeUnload: true })
    await until(() => noteOnDisk(s.dataDir, second!.slug), 'the note to reach user.db')
    expect(noteOnDisk(s.dataDir, second!.slug)).toBe('typed a moment before closing')

    const again = await s.context.newPage()
    await again.goto(`${s.server.url}#/treatments/${second!.slug}`)
    await again.waitForFunction(() => (document.getElementById('treatment-note') as HTMLTextAreaElement | null)?.value === 'typed a moment before closing')
    await again.close()
  })

  it('applies and remembers the theme and paper size', async () => {
    const { page } = s
    await page.goto(`${s.server.url}#/settings`)
    await page.getByText('Dark', { exact: true }).click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    await page.getByText('US Letter', { exact: true }).click()
    await page.reload()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    expect(await page.getByRole('radio', { name: /US Letter/ }).isChecked()).toBe(true)
    await page.getByText('System', { exact: true }).click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'system')
  })

  it('exports to a download, and imports it back with a preview of what changes', async () => {
    const { page } = s
    await page.goto(`${s.server.url}#/settings`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download export file' }).click()])
    expect(download.suggestedFilename()).toMatch(/^handbook-notes-\d{4}-\d{2}-\d{2}\.json$/)
    const file = readFileSync((await download.path())!, 'utf8')
    expect(
      JSON.parse(file)
        .notes.map((n: { slug: string }) => n.slug)
        .sort(),
    ).toEqual([first!.slug, second!.slug].sort())

    // Delete one note, then bring it back from the file.
    await page.goto(`${s.server.url}#/notes`)
    const card = page.locator(`article.note[data-slug="${first!.slug}"]`)
    await card.getByRole('button', { name: 'Delete' }).click()
    await card.getByRole('button', { name: 'Delete', exact: true }).click()
    await card.waitFor({ state: 'detached' })

    await page.goto(`${s.server.url}#/settings`)
    await page.getByLabel('Export file to import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(file) })
    const notesRow = page.locator('.import-preview tr[data-kind="Notes"]')
    await notesRow.waitFor()
    expect(await notesRow.locator('td').first().innerText()).toContain(first!.name)
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByText('Imported notes.json').waitFor()
    expect(noteOnDisk(s.dataDir, first!.slug)).toContain('Type IV')
  })

  it('refuses a malformed import file with the reason and changes nothing', async () => {
    const { page } = s
    const before = noteOnDisk(s.dataDir, first!.slug)
    await page.goto(`${s.server.url}#/settings`)
    await page.getByLabel('Export file to import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "skin-rejuvenation-handbook/user-data", "notes": ['),
    })
    const alert = page.locator('.data-transfer [role="alert"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('not valid JSON')
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0)
    expect(noteOnDisk(s.dataDir, first!.slug)).toBe(before)
  })
})

describe('a damaged notebook at start', () => {
  it('is restored from the backup, and the practitioner is told what happened and where the damaged file is', async () => {
    const folder = tempFolder('handbook-e2e-recovery-')
    const [t] = someTreatments()
    try {
      const u = await openUserDb(folder.dir)
      saveNote(u.db, t!.slug, 'Kept safe by the daily backup', t!.name)
      saveNote(u.db, 'retired-treatment', 'A note on a treatment the handbook dropped', 'Retired treatment')
      await u.backup('daily')
      u.close()
      // Random bytes over the header, as a failing disk might leave it.
      const fd = openSync(join(folder.dir, 'user.db'), 'r+')
      writeSync(fd, Buffer.from(Array.from({ length: 100 }, () => Math.floor(Math.random() * 256))), 0, 100, 0)
      closeSync(fd)

      const s = await openSession({ dataDir: folder.dir })
      try {
        await s.page.goto(`${s.server.url}#/notes`)
        const banner = s.page.getByRole('alert').filter({ hasText: 'Your notebook was damaged and has been restored' })
        await banner.waitFor()
        const text = await banner.innerText()
        expect(text).toContain('restored from the backup made on')
        expect(text).toMatch(/damaged[\\/]user-\d{8}T\d{9}Z\.db/)
        expect(text).toContain(folder.dir)

        const restored = s.page.locator(`article.note[data-slug="${t!.slug}"]`)
        await restored.waitFor()
        expect(await restored.innerText()).toContain('Kept safe by the daily backup')
        const dropped = s.page.locator('article.note[data-slug="retired-treatment"]')
        expect(await dropped.innerText()).toContain('Treatment no longer in the handbook')

        await banner.getByRole('button', { name: 'Dismiss' }).click()
        await banner.waitFor({ state: 'detached' })
      } finally {
        await s.close()
      }
    } finally {
      rmSync(folder.dir, { recursive: true, force: true })
    }
  })
})
