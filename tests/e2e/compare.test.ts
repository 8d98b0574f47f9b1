import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, openSession, type Session } from './support/harness'

const TRIO = ['aha-peel-low', 'fractional-co2-laser', 'microfocused-ultrasound']
let s: Session
beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  s = await openSession()
})
afterAll(async () => s?.close())

describe('compare side by side', () => {
  it('lines rows up across columns, orders the depth bars and survives a reload', async () => {
    const p = s.page
    // Pick the three from their pages, as a practitioner would.
    for (const slug of TRIO) {
      await p.goto(`${s.server.url}#/treatments/${slug}`)
      await p.getByRole('button', { name: 'Add to compare' }).click()
    }
    await p.getByRole('link', { name: 'Compare side by side' }).click()
    await p.waitForSelector('table.grid tbody tr')
    expect(p.url()).toContain(`t=${TRIO.join(',')}`)

    // Every row: all cells share one top edge.
    const tops = await p
      .locator('table.grid tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => Math.round(c.getBoundingClientRect().top))))
    for (const row of tops) expect(new Set(row).size).toBe(1)

    // Bars left to right from shallowest to deepest, each labelled.
    const bars = await p.locator('.depth-diagram g.bar').evaluateAll((gs) =>
      gs.map((g) => ({
        slug: g.getAttribute('data-slug'),
        max: Number(g.getAttribute('data-max-mm')),
        x: Number(g.querySelector('rect')!.getAttribute('x')),
        label: g.querySelector('.bar-label')!.textContent,
      })),
    )
    expect(bars.map((b) => b.slug)).toEqual(TRIO)
    for (let i = 1; i < bars.length; i++) {
      expect(bars[i]!.max).toBeGreaterThan(bars[i - 1]!.max)
      expect(bars[i]!.x).toBeGreaterThan(bars[i - 1]!.x)
    }
    for (const b of bars) expect(b.label?.length).toBeGreaterThan(3)
    expect(await p.locator('td.extreme', { hasText: 'Deepest' }).count()).toBe(1)
    await p.screenshot({ path: join(ROOT, 'test-results/compare.png'), fullPage: true })

    // "Only differences" hides the rows that are equal everywhere, and only those.
    const all = await p.locator('table.grid tbody tr').count()
    const same = await p.locator('table.grid tbody tr:not(.differs)').count()
    await p.getByLabel('Show only rows that differ').check()
    await expect.poll(() => p.locator('table.grid tbody tr').count()).toBe(all - same)
    expect(await p.locator('table.grid tbody tr:not(.differs)').count()).toBe(0)

    await p.reload()
    await p.waitForSelector('table.grid thead th[data-slug]')
    expect(await p.locator('table.grid thead th[data-slug]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-slug')))).toEqual(TRIO)
  })

  it('restores the selection after a restart (a new window on the same notebook)', async () => {
    const fresh = await s.browser.newContext({ viewport: { width: 1360, height: 900 } })
    const p = await fresh.newPage()
    await p.goto(`${s.server.url}#/compare`)
    await p.waitForURL(new RegExp(`t=${TRIO.join(',')}`))
    await expect.poll(() => p.locator('table.grid thead th[data-slug]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-slug')))).toEqual(TRIO)
    await fresh.close()
  })

  it('saves a comparison by name, reopens it and deletes it', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/compare?t=${TRIO.join(',')}`)
    await p.waitForSelector('table.grid thead th[data-slug]')
    await p.getByLabel('Save this comparison as').fill('Resurfacing depth ladder')
    await p.getByRole('button', { name: 'Save', exact: true }).click()
    await p.getByText('Saved as “Resurfacing depth ladder”.').waitFor()

    await p.goto(`${s.server.url}#/compare?t=prp,ipl`)
    await p.waitForSelector('table.grid thead th[data-slug="prp"]')
    await p.getByRole('button', { name: 'Resurfacing depth ladder', exact: true }).click()
    await p.waitForURL(new RegExp(`t=${TRIO.join(',')}`))
    await expect.poll(() => p.locator('table.grid thead th[data-slug]').count()).toBe(3)

    p.once('dialog', (d) => void d.accept())
    await p.getByRole('button', { name: 'Delete saved comparison Resurfacing depth ladder' }).click()
    await p.getByText('None saved yet.').waitFor()
  })

  it('reorders and removes columns', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/compare?t=${TRIO.join(',')}`)
    await p.waitForSelector('table.grid thead th[data-slug]')
    await p.getByRole('button', { name: /Move Low-strength AHA.* right/ }).click()
    await p.waitForURL(/t=fractional-co2-laser,aha-peel-low,microfocused-ultrasound/)
    await p
      .locator('table.grid')
      .getByRole('button', { name: /^Remove Microfocused/ })
      .click()
    await p.waitForURL(/t=fractional-co2-laser,aha-peel-low$/)
    await expect.poll(() => p.locator('table.grid thead th[data-slug]').count()).toBe(2)
  })

  it('names an unknown slug and compares the rest; refuses a fifth treatment with a message', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/compare?t=aha-peel-low,not-a-treatment,fractional-co2-laser`)
    await p.getByText('Not in this version of the handbook: not-a-treatment').waitFor()
    await expect.poll(() => p.locator('table.grid thead th[data-slug]').count()).toBe(2)

    await p.goto(`${s.server.url}#/compare?t=aha-peel-low,fractional-co2-laser,microfocused-ultrasound,prp,ipl`)
    await p.getByText(/at most 4 treatments\. Not added: Intense pulsed light/).waitFor()
    await expect.poll(() => p.locator('table.grid thead th[data-slug]').count()).toBe(4)

    await p.goto(`${s.server.url}#/treatments/dermapen`)
    await p.getByRole('button', { name: 'Add to compare' }).click()
    await p.getByText('already holds 4 treatments').waitFor()
  })
})
