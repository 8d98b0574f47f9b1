// Where each fact comes from, as a reader meets it: citation numbers that lead to their entry,
// the evidence behind safety facts, review dates, and what changed since the last release.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileKnowledgeBase } from '../../src-main/core/content/compile'
import type { ReleaseManifest } from '../../src-main/core/content/release-manifest'
import { ROOT, openSession, type Session } from './support/harness'

// The shipped content compiled against an altered "previous release": the same safety facts as
// today's, except that the fractional CO2 laser reached only 0.8 mm and the picosecond laser did not
// exist yet, so exactly those two show as changed.
const dir = mkdtempSync(join(tmpdir(), 'handbook-e2e-sources-'))
let s: Session
beforeAll(async () => {
  cpSync(join(ROOT, 'resources/content'), join(dir, 'content'), { recursive: true })
  mkdirSync(join(dir, 'release-manifests'))
  const released = JSON.parse(readFileSync(join(ROOT, 'resources/release-manifests/2026.11.1.json'), 'utf8')) as ReleaseManifest
  writeFileSync(join(dir, 'release-manifests/2026.11.1.json'), JSON.stringify(released))
  compileKnowledgeBase(join(dir, 'content'), join(dir, 'handbook.db'))
  const db = new Database(join(dir, 'handbook.db'), { readonly: true })
  const today = JSON.parse((db.prepare("SELECT value FROM meta WHERE key = 'safety_manifest'").get() as { value: string }).value) as ReleaseManifest
  db.close()
  const prev: ReleaseManifest = { ...today, contentVersion: released.contentVersion }
  prev.treatments['fractional-co2-laser']!.depth.maxMm = 0.8
  delete prev.treatments['picosecond-laser']
  writeFileSync(join(dir, 'release-manifests/2026.11.1.json'), JSON.stringify(prev))
  compileKnowledgeBase(join(dir, 'content'), join(dir, 'handbook.db'), { force: true })
  s = await openSession({ kbPath: join(dir, 'handbook.db') })
})
afterAll(async () => {
  await s?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('citations', () => {
  it('takes a citation number to its reference entry, highlighted and focused, on screen', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/treatments/fractional-co2-laser`)
    const number = p.locator('.risk-group .cite a').first()
    await number.waitFor()
    const target = (await number.getAttribute('href'))!.slice(1)
    expect(target).toMatch(/^ref-/)
    // The page opens at the top: the reference list is far below.
    expect(await p.locator(`li#${target}`).evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true)
    await number.click()
    await p.locator(`li#${target}.flash`).waitFor()
    await p.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    }, target)
    expect(await p.evaluate(() => document.activeElement?.id)).toBe(target)
    // The number in the text is the entry's position in the list.
    const position = await p.locator(`li#${target}`).evaluate((el) => [...el.parentElement!.children].indexOf(el) + 1)
    expect(await number.innerText()).toBe(String(position))
    // The address stays on the treatment: the jump does not navigate.
    expect(p.url()).toMatch(/#\/treatments\/fractional-co2-laser$/)
  })

  it('shows the kind of evidence beside each safety fact and links each entry with https', async () => {
    const p = s.page
    const badges = await p.locator('.risk-group .evidence-type').allInnerTexts()
    expect(badges.length).toBeGreaterThan(0)
    for (const b of badges)
      expect(b).toMatch(/Guideline|Systematic review|Randomised trial|Product label|Cohort study|Review|Case series|Textbook|Reference site|Clinic page/)
    expect(await p.locator('[data-contraindication] .evidence-type').count()).toBeGreaterThan(0)
    const hrefs = await p.locator('ol.refs a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target')]))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const [href, target] of hrefs) {
      expect(href).toMatch(/^https:\/\//)
      expect(target).toBe('_blank')
    }
    expect(await p.locator('[data-mm-basis]').innerText()).toMatch(/Millimetres (from the cited sources|modelled from the layer depth)/)
    expect(await p.locator('article.treatment').innerText()).toMatch(/Reviewed 20\d\d-\d\d-\d\d/)
  })
})

describe('review dates and what changed', () => {
  it('dates each guide', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/guides?tab=aftercare`)
    await p.locator('[data-reviewed]').first().waitFor()
    const dates = await p.locator('[data-reviewed]').allInnerTexts()
    expect(dates.length).toBeGreaterThan(0)
    for (const d of dates) expect(d).toMatch(/^Reviewed 20\d\d-\d\d-\d\d$/)
  })

  it('marks a changed treatment and links the marker to its entry in What’s new on the About page', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/treatments/fractional-co2-laser`)
    const marker = p.locator('[data-changed]')
    await marker.waitFor()
    expect(await marker.innerText()).toBe('changed in 2026.12.1')
    await marker.click()
    await p.waitForURL(/#\/about#change-fractional-co2-laser$/)
    const entry = p.locator('#change-fractional-co2-laser')
    await entry.waitFor()
    expect(await entry.innerText()).toMatch(/Depth: 0–0\.8 mm → 0–1 mm/)
  })

  it('shows the content version, its date, references by kind of evidence and What’s new on About', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/about`)
    await p.locator('[data-content-version]').waitFor()
    expect(await p.locator('[data-content-version]').innerText()).toBe('2026.12.1, 2026-12-04')
    expect(await p.locator('[data-evidence-counts]').innerText()).toMatch(/Review\s+\d+/)
    expect(await p.getByRole('heading', { name: "What's new in 2026.12.1" }).count()).toBe(1)
    expect(await p.locator('[data-change="picosecond-laser"]').innerText()).toMatch(/Added to the handbook/)
    // A treatment whose safety facts did not change carries no marker.
    await p.goto(`${s.server.url}#/treatments/glycolic-acid-peel`)
    await p.locator('article.treatment h1').waitFor()
    expect(await p.locator('[data-changed]').count()).toBe(0)
  })
})
