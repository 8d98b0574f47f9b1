import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, openSession, type Session } from './support/harness'

/** Every screen, with the selections that make it widest (four columns, a plan handout). */
const ROUTES = [
  '#/treatments',
  '#/treatments?category=peel',
  '#/treatments/fractional-co2-laser',
  '#/compare?t=dermapen,rf-microneedling,fractional-co2-laser,tca-peel-medium&fitz=IV',
  '#/concerns',
  '#/concerns/laxity',
  '#/concerns/melasma',
  '#/screener',
  '#/handout',
  '#/handout?t=fractional-co2-laser,prp',
  '#/notes',
  '#/settings',
  '#/mechanisms',
  '#/mechanisms/leveling',
  '#/layers',
  '#/guides',
  '#/glossary',
  '#/about',
  '#/safety',
  '#/conditions/isotretinoin',
  '#/plan?t=fractional-co2-laser,prp,botulinum-toxin-a',
]

let s: Session
let zoomed: BrowserContext
beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  s = await openSession({ viewport: { width: 1024, height: 700 } })
  // 200 % zoom of a 1024 × 700 window: half as many CSS pixels, each drawn twice as large.
  zoomed = await s.browser.newContext({ viewport: { width: 512, height: 350 }, deviceScaleFactor: 2 })
})
afterAll(async () => {
  await zoomed?.close()
  await s?.close()
})

async function settle(p: Page, route: string) {
  await p.goto(`${s.server.url}${route}`)
  await p.waitForSelector('#main h1')
  await p.waitForTimeout(150)
}

/** Sideways overflow of the page and of the main scroll area, in CSS pixels (0 when none). */
const sideways = (p: Page) =>
  p.evaluate(() => {
    const doc = document.scrollingElement!
    const main = document.querySelector('#main')!
    return Math.max(doc.scrollWidth - doc.clientWidth, main.scrollWidth - main.clientWidth)
  })

describe('reflow: no sideways scrolling', () => {
  it.each(ROUTES)('%s at 1024 × 700', async (route) => {
    await settle(s.page, route)
    expect(await sideways(s.page)).toBeLessThanOrEqual(0)
  })

  it.each(ROUTES)('%s at 200 % zoom', async (route) => {
    const p = await zoomed.newPage()
    try {
      await settle(p, route)
      expect(await sideways(p)).toBeLessThanOrEqual(0)
    } finally {
      await p.close()
    }
  })

  it('shows the whole handout preview at 1024 px', async () => {
    await settle(s.page, '#/handout?t=fractional-co2-laser,prp')
    await s.page.waitForSelector('.sheet, [data-testid="handout-sheet"], article')
    const left = await s.page.evaluate(() => {
      const main = document.querySelector('#main')!.getBoundingClientRect().left
      const sheets = [...document.querySelectorAll<HTMLElement>('#main article, #main .sheet')]
      return Math.min(...sheets.map((e) => e.getBoundingClientRect().left)) - main
    })
    expect(left).toBeGreaterThanOrEqual(0)
    await s.page.screenshot({ path: join(ROOT, 'test-results/handout-1024.png') })
  })
})

describe('focus follows navigation', () => {
  it('lands on the new page heading after a link is followed', async () => {
    const p = s.page
    await settle(p, '#/treatments')
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mechanisms' }).click()
    await expect.poll(() => p.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await p.evaluate(() => document.activeElement?.textContent)).toMatch(/mechanism/i)
    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click()
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/glossary/i)
  })
})
