import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KB_PATH, ROOT, foreignRequests, openSession, type Session } from './support/harness'

let s: Session
const shots = join(ROOT, 'test-results')
beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  s = await openSession()
  await s.page.goto(s.server.url)
  await s.page.waitForSelector('[aria-label="Treatments"] article')
})
afterAll(async () => s?.close())

describe('search by keyboard', () => {
  it("reaches the dermaroller page from the typo 'dermarolar' by keyboard alone", async () => {
    const p = s.page
    await p.locator('body').press('/')
    const box = p.getByRole('combobox', { name: /Search treatments/ })
    await box.waitFor()
    await p.keyboard.type('dermarolar')
    await p.locator('[role=option][data-key="dermaroller"]').waitFor()
    expect(await p.locator('.corrected').innerText()).toContain('dermaroller')
    // Move the active option to the dermaroller hit with the arrow keys, then open it.
    for (let i = 0; i < 10 && (await p.locator('[role=option][aria-selected=true]').getAttribute('data-key')) !== 'dermaroller'; i++)
      await p.keyboard.press('ArrowDown')
    await p.keyboard.press('Enter')
    await p.waitForURL(/#\/treatments\/dermaroller$/)
    expect(await p.locator('article.treatment h1').innerText()).toMatch(/Dermaroller/i)
  })

  it("finds botulinum toxin for 'botox' with Ctrl+K, as the best match", async () => {
    const p = s.page
    await p.keyboard.press('Control+k')
    await p.getByRole('combobox', { name: /Search treatments/ }).fill('botox')
    const best = p.getByTestId('best-match')
    await best.waitFor()
    expect(await best.getAttribute('data-key')).toBe('botulinum-toxin-a')
    expect(await best.locator('mark').first().innerText()).toMatch(/botox/i)
    await p.keyboard.press('Escape')
  })

  it("opens RF microneedling for 'morpheus 8' with Enter", async () => {
    const p = s.page
    await p.keyboard.press('Control+k')
    await p.getByRole('combobox', { name: /Search treatments/ }).fill('morpheus 8')
    await p.getByTestId('best-match').and(p.locator('[data-key="rf-microneedling"]')).waitFor()
    await p.keyboard.press('Enter')
    await p.waitForURL(/#\/treatments\/rf-microneedling$/)
  })

  it("opens the whole category for 'chemical peel' with Enter", async () => {
    const p = s.page
    await p.keyboard.press('Control+k')
    await p.getByRole('combobox', { name: /Search treatments/ }).fill('chemical peel')
    await p.getByTestId('best-match').and(p.locator('[data-kind="category"]')).waitFor()
    await p.keyboard.press('Enter')
    await p.waitForURL(/category=peel/)
    await expect.poll(() => p.locator('[aria-label="Treatments"] article').count()).toBe(10)
  })

  it("finds botulinum toxin in the handout picker for 'botox'", async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/handout`)
    await p.getByLabel('Find a treatment').fill('botox')
    await expect.poll(() => p.locator('#handout-treatment-list label.option').allInnerTexts()).toEqual([expect.stringMatching(/Botulinum toxin/)])
  })
})

describe('filters live in the URL', () => {
  it('keeps two filters through a reload and restores them with back and forward', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/treatments`)
    await p.waitForSelector('[aria-label="Treatments"] article')
    const all = await p.locator('[aria-label="Treatments"] article').count()
    await p.getByLabel('Mechanism').selectOption('leveling')
    await p.waitForURL(/mechanism=leveling/)
    await p.getByLabel('Category').selectOption('peel')
    await p.waitForURL(/category=peel/)
    await p.waitForFunction((n) => document.querySelectorAll('[aria-label="Treatments"] article').length < n, all)
    const filtered = await p.locator('[aria-label="Treatments"] article').allInnerTexts()
    expect(filtered.length).toBeGreaterThan(0)

    await p.reload()
    await p.waitForSelector('[aria-label="Treatments"] article')
    expect(await p.getByLabel('Mechanism').inputValue()).toBe('leveling')
    expect(await p.getByLabel('Category').inputValue()).toBe('peel')
    expect(await p.locator('[aria-label="Treatments"] article').allInnerTexts()).toEqual(filtered)

    await p.goBack()
    await p.waitForFunction(() => !location.hash.includes('category='))
    expect(await p.getByLabel('Category').inputValue()).toBe('')
    await p.goForward()
    await p.waitForURL(/category=peel/)
    expect(await p.getByLabel('Category').inputValue()).toBe('peel')
  })
})

describe('the treatment page draws its depth', () => {
  const db = new Database(KB_PATH, { readonly: true })
  const depth = (slug: string) => {
    const r = JSON.parse((db.prepare('SELECT record FROM treatments WHERE slug = ?').get(slug) as { record: string }).record)
    return r.depth as { minMm: number; maxMm: number; layers: string[] }
  }
  afterAll(() => db.close())

  it.each(['microdermabrasion', 'fractional-co2-laser', 'microfocused-ultrasound'])(
    '%s: the bar spans its depth and the layers it reaches are drawn',
    async (slug) => {
      const p = s.page
      await p.goto(`${s.server.url}#/treatments/${slug}`)
      const bar = p.locator(`.depth-diagram svg g.bar[data-slug="${slug}"]`)
      await bar.waitFor()
      const d = depth(slug)
      expect(Number(await bar.getAttribute('data-min-mm'))).toBe(d.minMm)
      expect(Number(await bar.getAttribute('data-max-mm'))).toBe(d.maxMm)
      const drawn = await p.locator('.depth-diagram svg g.layer').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-layer')))
      for (const l of d.layers) expect(drawn).toContain(l)
      // The bar's floor sits inside the band of the deepest layer it names.
      const floor = Number(await bar.getAttribute('data-y-bottom'))
      const deepest = p.locator(`.depth-diagram svg g.layer[data-layer="${d.layers.at(-1)}"] rect`)
      const top = Number(await deepest.getAttribute('y'))
      const height = Number(await deepest.getAttribute('height'))
      expect(floor).toBeGreaterThanOrEqual(top - 0.5)
      expect(floor).toBeLessThanOrEqual(top + height + 0.5)
      await p.screenshot({ path: join(shots, `treatment-${slug}.png`), fullPage: true })
    },
  )

  it('shows a glossary definition on focus', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/treatments/fractional-co2-laser`)
    const term = p.locator('.term').first()
    await term.waitFor()
    await term.focus()
    await expect.poll(() => term.locator('[role=tooltip]').isVisible()).toBe(true)
  })

  it('stayed on its own origin throughout', () => {
    expect(foreignRequests(s)).toEqual([])
  })
})
