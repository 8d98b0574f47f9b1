import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, openSession, type Session } from './support/harness'

let s: Session
beforeAll(async () => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  s = await openSession({ viewport: { width: 1280, height: 900 } })
})
afterAll(async () => s?.close())

describe('concern pages', () => {
  it("opens the laxity page from the lay word 'jowls' in search, with treatments ranked and their depth and downtime", async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/treatments`)
    await p.waitForSelector('[aria-label="Treatments"] article')
    await p.keyboard.press('Control+k')
    await p.getByRole('combobox', { name: /Search treatments/ }).fill('jowls')
    await p.getByTestId('best-match').and(p.locator('[data-kind="concern"][data-key="laxity"]')).waitFor()
    await p.keyboard.press('Enter')
    await p.waitForURL(/#\/concerns\/laxity$/)
    await p.waitForSelector('table.ranked tbody tr')
    expect(await p.locator('h1').innerText()).toMatch(/laxity/i)
    const strengths = await p.locator('table.ranked tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-strength')))
    const rank = { strong: 0, moderate: 1, mild: 2 } as Record<string, number>
    for (let i = 1; i < strengths.length; i++) expect(rank[strengths[i]!]).toBeGreaterThanOrEqual(rank[strengths[i - 1]!]!)
    const first = await p.locator('table.ranked tbody tr').first().locator('td').allInnerTexts()
    expect(first[2]).toMatch(/mm/)
    expect(first[3]).toMatch(/day|none/)
    await p.screenshot({ path: join(ROOT, 'test-results/concern-page.png') })
    await p.locator('table.ranked').evaluate((t) => t.scrollIntoView())
    await p.screenshot({ path: join(ROOT, 'test-results/concern-page-ranked.png') })
  })

  it('is reachable from the treatment list filter and from the screener', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/treatments?concern=redness`)
    await p.getByTestId('concern-page-link').click()
    await p.waitForURL(/#\/concerns\/redness$/)
    await p.goto(`${s.server.url}#/screener`)
    await p.locator('#concern-picker').selectOption('melasma')
    await p.keyboard.press('Enter').catch(() => undefined)
    const link = p.locator('.ranked [data-concern="melasma"] a')
    if (!(await link.count())) await p.getByRole('button', { name: /^Add/ }).first().click()
    await p.locator('.ranked [data-concern="melasma"] a').click()
    await p.waitForURL(/#\/concerns\/melasma$/)
    expect(await p.getByRole('note').innerText()).toMatch(/hyperpigmentation/i)
  })
})
