import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src-main/api/dispatch'
import type { Treatment } from '../../src-main/core/content/schema'
import { handlers } from '../../src-main/api/handlers'
import { SHEET_READY_SCRIPT } from '../../src-main/core/sheet-ready'
import { auditContext, seriousViolations } from './support/axe'
import { foreignRequests, KB_PATH, openSession, type Session } from './support/harness'

// Set HANDOUT_PDF_DIR to keep the PDFs and their page images for a look.
const KEEP = process.env.HANDOUT_PDF_DIR
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils) to check handout PDFs.`)
    throw e
  }
}

/** The PDF's text with line breaks and ligatures undone, so a sentence wrapped across lines still matches. */
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim()
const pdfText = (path: string) => flat(poppler('pdftotext', [path, '-']))
const pdfInfo = (path: string) => poppler('pdfinfo', [path])
const pageCount = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(path))![1])

function treatments(slugs: string[]): Treatment[] {
  const db = new Database(KB_PATH, { readonly: true })
  try {
    return slugs.map((s) => JSON.parse((db.prepare('SELECT record FROM treatments WHERE slug = ?').get(s) as { record: string }).record) as Treatment)
  } finally {
    db.close()
  }
}

describe('client handouts printed through Chromium', () => {
  let s: Session
  let dir: string
  beforeAll(async () => {
    poppler('pdfinfo', ['-v'])
    dir = KEEP ?? mkdtempSync(join(tmpdir(), 'handbook-handout-'))
    mkdirSync(dir, { recursive: true })
    s = await openSession()
  })
  afterAll(async () => {
    await s?.close()
    if (!KEEP) rmSync(dir, { recursive: true, force: true })
  })

  /** Prints the page as Chromium's print pipeline does, keeping page images for a human look when asked. */
  async function printPdf(name: string, opts: { format?: 'A4' | 'Letter'; preferCSSPageSize?: boolean }) {
    await s.page.waitForSelector('body[data-handout-ready="true"]')
    await s.page.emulateMedia({ media: 'print' })
    const path = join(dir, `${name}.pdf`)
    await s.page.pdf({ path, printBackground: true, ...opts })
    await s.page.emulateMedia({ media: 'screen' })
    if (KEEP) poppler('pdftoppm', ['-r', '80', '-png', path, join(dir, name)])
    return path
  }

  it('builds a one-treatment handout from the empty state, with the clinic’s details, on at most two A4 pages', async () => {
    const [t] = treatments(['glycolic-acid-peel'])
    await s.page.goto(`${s.server.url}#/handout`)
    await s.page.getByRole('link', { name: 'Handouts' }).waitFor()
    await s.page.getByRole('checkbox', { name: t!.name, exact: true }).check()
    await s.page.getByRole('button', { name: 'Prepare the handout' }).click()
    await s.page.waitForSelector('article.handout-sheet')

    await s.page.getByRole('button', { name: 'Add clinic details' }).click()
    const dialog = s.page.getByRole('dialog', { name: 'Clinic details' })
    await dialog.getByLabel('Clinic name').fill('Harbour Skin Clinic')
    await dialog.getByLabel('Address').fill('14 Quay Street\nBristol BS1 4AB')
    await dialog.getByLabel('Phone').fill('0117 496 0321')
    await dialog.locator('input[type=file]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1PX })
    await dialog.getByRole('button', { name: 'Save clinic details' }).click()
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await s.page.getByLabel('Client name (optional)').fill('Ana Díaz')
    await s.page.locator('.handout-sheet .clinic-name', { hasText: 'Harbour Skin Clinic' }).waitFor()
    await s.page.locator('.handout-sheet .client', { hasText: 'Ana Díaz' }).waitFor()

    // The same signal the desktop app's hidden print window waits on.
    expect(await s.page.evaluate(SHEET_READY_SCRIPT)).toEqual({ state: 'true', message: '' })

    const path = await printPdf('single', { format: 'A4' })
    const text = pdfText(path)
    expect(text).toContain('Harbour Skin Clinic')
    expect(text).toContain('0117 496 0321')
    expect(text).toContain('Ana Díaz')
    expect(text).toContain(flat(t!.name))
    expect(text).toContain(flat(t!.clientSummary))
    for (const a of t!.aftercare) expect(text, a.when).toContain(flat(a.text))
    for (const w of t!.warningSigns) expect(text).toContain(flat(w))
    // Plain language only: none of the practitioner's text; and only the sheet, none of the screen around it.
    expect(text).not.toContain(flat(t!.body).slice(0, 80))
    for (const screenText of ['Sections to include', 'Save as PDF', 'Skin layers', 'Search treatments']) expect(text).not.toContain(screenText)
    expect(text).toMatch(/Page 1 of \d/)
    expect(pdfInfo(path)).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/)
    expect(pageCount(path)).toBeLessThanOrEqual(2)
  })

  it('prints a plan of three, opened as the treatment page and comparison link to it, on the Letter paper chosen', async () => {
    const slugs = ['glycolic-acid-peel', 'dermapen', 'botulinum-toxin-a']
    const plan = treatments(slugs)
    const saved = await dispatch(handlers, s.server.ctx, 'branding/set', {
      name: 'Harbour Skin Clinic',
      address: '14 Quay Street',
      phone: '0117 496 0321',
      logo: null,
    })
    expect(saved.ok).toBe(true)

    await s.page.goto(`${s.server.url}#/handout?t=${slugs.join(',')}`)
    await s.page.waitForSelector('article.handout-sheet')
    await s.page.getByLabel('US Letter (8.5 × 11 in)').check()
    await s.page.getByLabel('Practitioner’s note (optional)').fill('Start with the peel.\nReview at four weeks.')
    await s.page.locator('.handout-sheet .note', { hasText: 'Review at four weeks.' }).waitFor()

    // Chromium takes the page size from the sheet's own @page rule.
    const path = await printPdf('plan', { preferCSSPageSize: true })
    const text = pdfText(path)
    expect(text).toContain('Harbour Skin Clinic')
    expect(text).toContain('Your treatment plan')
    expect(text).toContain('Review at four weeks.')
    for (const t of plan) {
      expect(text).toContain(flat(t.name))
      for (const a of t.aftercare) expect(text, `${t.slug} ${a.when}`).toContain(flat(a.text))
    }
    expect(pdfInfo(path)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    const pages = pageCount(path)
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('leaves out the sections the practitioner unticks', async () => {
    const [t] = treatments(['dermapen'])
    await s.page.goto(`${s.server.url}#/handout?t=dermapen`)
    await s.page.waitForSelector('article.handout-sheet')
    await s.page.getByRole('checkbox', { name: 'Before your appointment' }).uncheck()
    await s.page.getByRole('checkbox', { name: 'How it works' }).uncheck()
    await s.page.waitForFunction("!document.querySelector('.handout-sheet').textContent.includes('Before your appointment')")
    const text = pdfText(await printPdf('sections', { format: 'A4' }))
    expect(text).not.toContain('Before your appointment')
    expect(text).not.toContain('How it works')
    for (const a of t!.aftercare) expect(text).toContain(flat(a.text))
  })

  it('says plainly what is wrong with an unknown treatment, a plan of six or a logo that is not a picture, and keeps the sheet', async () => {
    await s.page.goto(`${s.server.url}#/handout?t=glycolic-acid-peel,no-such-peel`)
    const alert = s.page.getByRole('alert')
    await alert.filter({ hasText: '"no-such-peel"' }).waitFor()
    await s.page.waitForSelector('body[data-handout-ready="error"]')
    await s.page.getByRole('button', { name: 'Continue without it' }).click()
    await s.page.waitForSelector('body[data-handout-ready="true"]')
    expect(s.page.url()).toMatch(/#\/handout\?t=glycolic-acid-peel$/)

    await s.page.goto(`${s.server.url}#/handout?t=glycolic-acid-peel,dermapen,botulinum-toxin-a,lactic-acid-peel,hifu,prp`)
    await alert.filter({ hasText: 'A treatment plan holds at most 5 treatments.' }).waitFor()
    await s.page.getByRole('button', { name: 'Choose treatments' }).click()
    await s.page.getByText('A plan holds at most 5 treatments. Remove one to choose another.').waitFor()
    // The picker keeps the first five; the practitioner makes room by removing one.
    await s.page.getByRole('button', { name: 'Remove High-intensity focused ultrasound (HIFU)' }).click()
    await s.page.getByRole('button', { name: 'Prepare the plan handout (4)' }).click()
    await s.page.waitForSelector('body[data-handout-ready="true"]')

    await s.page.getByRole('button', { name: 'Edit clinic details' }).click()
    const dialog = s.page.getByRole('dialog', { name: 'Clinic details' })
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('Harbour Skin Clinic, definitely a logo') })
    await dialog.getByRole('button', { name: 'Save clinic details' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'not a PNG or JPEG image' }).waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()
    expect(await s.page.locator('.handout-sheet .clinic-name').innerText()).toBe('Harbour Skin Clinic')
    expect(await s.page.locator('body').getAttribute('data-handout-ready')).toBe('true')
  })

  it('explains that saving a PDF file is the desktop app’s, and keeps the sheet on screen', async () => {
    await s.page.goto(`${s.server.url}#/handout?t=lactic-acid-peel`)
    await s.page.waitForSelector('body[data-handout-ready="true"]')
    await s.page.getByRole('button', { name: 'Save as PDF' }).click()
    await s.page.getByRole('status').filter({ hasText: 'not available in the browser preview' }).waitFor()
    expect(await s.page.locator('article.handout-sheet').isVisible()).toBe(true)
    expect(foreignRequests(s)).toEqual([])
    expect(s.problems).toEqual([])
  })

  it.each([
    ['the treatment picker', '#/handout', 'body'],
    ['the print preview of a plan', '#/handout?t=glycolic-acid-peel,dermapen&client=Ana', 'body[data-handout-ready="true"]'],
  ])('%s has no serious or critical accessibility violation', async (_name, route, ready) => {
    const context = await auditContext(s.browser)
    try {
      const page = await context.newPage()
      await page.goto(s.server.url + route)
      await page.waitForSelector('main h1')
      await page.waitForSelector(ready)
      expect(await seriousViolations(page)).toEqual([])
    } finally {
      await context.close()
    }
  })
})
