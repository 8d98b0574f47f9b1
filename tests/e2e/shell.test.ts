import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foreignRequests, KB_PATH, openSession, type Session } from './support/harness'

describe('the app shell in Chromium against the real knowledge base', () => {
  let s: Session
  beforeAll(async () => {
    s = await openSession()
  })
  afterAll(async () => s?.close())

  it('lists every treatment of the knowledge base, opens one, and stays on its own origin', async () => {
    const db = new Database(KB_PATH, { readonly: true })
    const names = (db.prepare('SELECT name FROM treatments ORDER BY name').all() as { name: string }[]).map((r) => r.name)
    db.close()

    await s.page.goto(s.server.url)
    await s.page.waitForSelector('[aria-label="Treatments"] article')
    const shown = await s.page.locator('[aria-label="Treatments"] article h3').allInnerTexts()
    expect(shown.slice().sort()).toEqual(names.slice().sort())

    await s.page.locator('[aria-label="Treatments"] article h3 a').first().click()
    await s.page.waitForSelector('article.treatment h1')
    expect(await s.page.locator('article.treatment h1').innerText()).toBe(shown[0])
    expect(s.page.url()).toMatch(/#\/treatments\/[a-z0-9-]+$/)

    expect(foreignRequests(s)).toEqual([])
    expect(s.problems).toEqual([])
  })

  it('shows a page that names an unknown route instead of a blank window', async () => {
    await s.page.goto(`${s.server.url}#/no/such/page`)
    await s.page.getByRole('heading', { name: 'There is no page here' }).waitFor()
    expect(await s.page.locator('main').innerText()).toContain('/no/such/page')
  })
})

describe('a missing or broken knowledge base', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'handbook-kb-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('shows the error screen naming the missing file and the fix', async () => {
    const s = await openSession({ kbPath: join(dir, 'deleted.db') })
    try {
      await s.page.goto(s.server.url)
      const alert = s.page.getByRole('alert')
      await alert.waitFor()
      const text = await alert.innerText()
      expect(text).toContain('The knowledge base is missing')
      expect(text).toContain('deleted.db')
      expect(text).toContain('npm run kb')
    } finally {
      await s.close()
    }
  })

  it('shows the error screen for a file of another format version', async () => {
    const path = join(dir, 'old.db')
    copyFileSync(KB_PATH, path)
    const db = new Database(path)
    db.prepare("UPDATE meta SET value = '999' WHERE key = 'schema_version'").run()
    db.close()
    const s = await openSession({ kbPath: path })
    try {
      await s.page.goto(s.server.url)
      await s.page.getByRole('heading', { name: 'The knowledge base does not match this version of the app' }).waitFor()
    } finally {
      await s.close()
    }
  })
})
