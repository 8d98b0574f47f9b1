// Bidirectional controls typed or pasted into a handout (client name, note,
// clinic details) must not reorder what the client reads: "\u202Eevil" would
// print as "live". Checked on the PDF Chromium prints, read back by pdftotext.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../src-main/api/dispatch'
import { handlers } from '../../src-main/api/handlers'
import { openSession, type Session } from './support/harness'

const RLO = '\u202E'
const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']

describe('bidirectional controls on a printed handout', () => {
  let s: Session
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handbook-bidi-'))
    s = await openSession()
  })
  afterAll(async () => {
    await s?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('are taken out of the client name, the note and the clinic details before printing', async () => {
    const saved = await dispatch(handlers, s.server.ctx, 'branding/set', {
      name: `Harbour ${RLO}Clinic`,
      address: `${RLO}Quay Street`,
      phone: '0117 496 0321',
      logo: null,
    })
    expect(saved.ok).toBe(true)
    await s.page.goto(`${s.server.url}#/handout?t=dermapen`)
    await s.page.waitForSelector('article.handout-sheet')
    await s.page.getByLabel('Client name (optional)').fill(`Ana ${RLO}evil`)
    await s.page.getByLabel('Practitioner’s note (optional)').fill(`Review ${controls.join('')}drawkcab at four weeks.`)
    await s.page.locator('.handout-sheet .client', { hasText: 'evil' }).waitFor()
    await s.page.locator('.handout-sheet .note', { hasText: 'four weeks' }).waitFor()
    await s.page.waitForSelector('body[data-handout-ready="true"]')

    const onScreen = await s.page.locator('article.handout-sheet').innerText()
    for (const c of controls) expect(onScreen, `U+${c.codePointAt(0)!.toString(16)}`).not.toContain(c)

    await s.page.emulateMedia({ media: 'print' })
    const path = join(dir, 'bidi.pdf')
    await s.page.pdf({ path, format: 'A4', printBackground: true })
    await s.page.emulateMedia({ media: 'screen' })
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Ana evil')
    expect(text).not.toContain('live')
    expect(text).toContain('Harbour Clinic')
    expect(text).toContain('Quay Street')
    expect(text).toContain('Review drawkcab at four weeks.')
  })
})
