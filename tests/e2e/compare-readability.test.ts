import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, openSession, type Session } from './support/harness'

// Pen microneedling (needles up to 2.5 mm), RF microneedling, fractional CO2 and a medium TCA peel.
const FOUR = ['dermapen', 'rf-microneedling', 'fractional-co2-laser', 'tca-peel-medium']
let s: Session
beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  s = await openSession({ viewport: { width: 1280, height: 800 } })
})
afterAll(async () => s?.close())

type Box = { text: string; x: number; y: number; w: number; h: number }
/** Every text label of the depth drawing with its box on screen. */
const labelBoxes = (p: Page) =>
  p.locator('.depth-diagram svg text').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect()
      return { text: e.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height }
    }),
  )
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5

async function openCompare(p: Page, slugs: string[], fitz?: string) {
  await p.goto(`${s.server.url}#/compare?t=${slugs.join(',')}${fitz ? `&fitz=${fitz}` : ''}`)
  await p.waitForSelector('table.grid tbody tr')
  await p.waitForSelector('.depth-diagram g.bar')
}

describe('compare, read at a glance', () => {
  it('names the deepest by typical depth, not by the longest needle', async () => {
    const p = s.page
    await openCompare(p, FOUR)
    const deepest = p.locator('td.extreme', { hasText: 'Deepest' })
    expect(await deepest.count()).toBe(1)
    const col = await deepest.evaluate((td) => [...td.parentElement!.children].indexOf(td))
    const head = await p.locator('table.grid thead th').nth(col).getAttribute('data-slug')
    expect(head).toBe('rf-microneedling')
    // The drawing agrees: RF microneedling's solid band is the deepest; pen microneedling's 2.5 mm is its faint maximum.
    const order = await p.locator('.depth-diagram g.bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-slug')))
    expect(order.at(-1)).toBe('rf-microneedling')
    expect(await p.locator('.depth-diagram g.bar[data-slug="dermapen"] rect.bar-limit').getAttribute('data-limit-mm')).toBe('2.5')
    expect(await p.locator('.depth-diagram g.bar[data-slug="dermapen"] .bar-limit-label').textContent()).toMatch(/max 2\.5/)
    await p.screenshot({ path: join(ROOT, 'test-results/compare-4-columns.png') })
    await p.locator('table.grid').evaluate((t) => t.scrollIntoView())
    await p.screenshot({ path: join(ROOT, 'test-results/compare-4-columns-table.png') })
  })

  it.each([2, 3, 4])('keeps every label of the drawing clear of every other at %i columns, on both scales', async (n) => {
    const p = s.page
    await openCompare(p, FOUR.slice(0, n))
    for (const scale of ['Expanded top', 'Linear']) {
      await p.getByRole('button', { name: scale }).click()
      const boxes = (await labelBoxes(p)).filter((b) => b.w > 0 && b.text.trim())
      const clashes: string[] = []
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) clashes.push(`${boxes[i]!.text} × ${boxes[j]!.text}`)
      expect(clashes, `${scale}, ${n} columns`).toEqual([])
    }
  })

  it('asks for the skin type instead of assuming one, then puts its row first', async () => {
    const p = s.page
    await openCompare(p, FOUR)
    const ask = p.getByTestId('fitz-ask')
    expect(await ask.count()).toBe(1)
    expect(await p.locator('tr[data-row="fitzpatrick"] th').textContent()).toMatch(/not chosen/)
    await ask.selectOption('V')
    await expect.poll(() => p.locator('table.grid tbody tr').first().getAttribute('data-row')).toBe('fitzpatrick')
    expect(await p.locator('table.grid tbody tr').first().textContent()).toMatch(/Fitzpatrick V/)
    expect(p.url()).toContain('fitz=V')
  })

  it('keeps the column names in view while the rows scroll', async () => {
    const p = s.page
    await openCompare(p, FOUR, 'III')
    await p.locator('main').evaluate((m) => (m.scrollTop = m.scrollHeight))
    const headTop = await p
      .locator('table.grid thead th[data-slug]')
      .first()
      .evaluate((th) => th.getBoundingClientRect().top)
    const mainTop = await p.locator('main').evaluate((m) => m.getBoundingClientRect().top)
    expect(Math.abs(headTop - mainTop)).toBeLessThan(2)
  })

  it('moves focus to the next column after one is removed', async () => {
    const p = s.page
    await openCompare(p, FOUR.slice(0, 3), 'III')
    await p
      .locator('table.grid')
      .getByRole('button', { name: /^Remove Automated pen microneedling/ })
      .focus()
    await p.keyboard.press('Enter')
    await expect.poll(() => p.locator('table.grid thead th[data-slug]').count()).toBe(2)
    await expect.poll(() => p.evaluate(() => document.activeElement?.closest('th')?.getAttribute('data-slug'))).toBe('rf-microneedling')
  })

  it('keeps the compare tray to one line, and folds it away', async () => {
    const p = s.page
    await openCompare(p, FOUR, 'III')
    await p.goto(`${s.server.url}#/treatments`)
    const tray = p.getByTestId('compare-tray')
    await tray.waitFor()
    const h = await tray.evaluate((el) => el.getBoundingClientRect().height)
    expect(h).toBeLessThanOrEqual(48)
    await tray.getByRole('button', { name: /Compare 4\/4/ }).click()
    expect(await tray.locator('ul').isVisible()).toBe(false)
  })
})

describe('compare in print', () => {
  it('prints landscape on the paper size chosen in Settings', async () => {
    const p = s.page
    const box = async () => {
      const pdf = (await p.pdf({ preferCSSPageSize: true })).toString('latin1')
      const m = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!
      return [Math.round(Number(m[1])), Math.round(Number(m[2]))]
    }
    await openCompare(p, FOUR, 'IV')
    expect(await box()).toEqual([842, 595]) // A4 landscape, the default
    await p.goto(`${s.server.url}#/settings`)
    await p.getByText('US Letter', { exact: true }).click()
    await p.waitForTimeout(300)
    await openCompare(p, FOUR, 'IV')
    expect(await box()).toEqual([792, 612]) // US Letter landscape
  })
})
