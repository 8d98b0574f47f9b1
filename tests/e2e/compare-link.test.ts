import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { auditContext, seriousViolations } from './support/axe'
import { openSession, type Session } from './support/harness'

// A comparison link opens that comparison, and never loses the practitioner's own selection without a word.
const MINE = ['aha-peel-low', 'fractional-co2-laser', 'microfocused-ultrasound']
const LINK = ['prp', 'ipl']

let s: Session
beforeAll(async () => {
  s = await openSession()
})
afterAll(async () => s?.close())

const columns = (p: Page) => p.locator('table.grid thead th[data-slug]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-slug')))
const columnNames = (p: Page) => p.locator('table.grid thead th[data-slug] a').allTextContents()
const undoNotice = (p: Page) => p.getByTestId('compare-undo')

/** A new window on the same notebook, at `hash`: the app starts from nothing but user.db, as after a restart or a link from outside. */
async function freshWindow(hash: string, audit = false) {
  // An audit injects axe, which the page's CSP rightly refuses: only that window bypasses it.
  const context = audit ? await auditContext(s.browser) : await s.browser.newContext({ viewport: { width: 1360, height: 900 } })
  const p = await context.newPage()
  await p.goto(`${s.server.url}#${hash}`)
  return { p, close: () => context.close() }
}

describe('opening a comparison link over a selection', () => {
  let mineNames: string[]

  it('opens a link at once when there is no selection, and keeps it in the notebook', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/compare?t=${MINE.join(',')}`)
    await expect.poll(() => columns(p)).toEqual(MINE)
    mineNames = await columnNames(p)
    expect(await p.getByRole('button', { name: 'Undo' }).count()).toBe(0)
    // The same link again changes nothing and offers nothing.
    await p.goto(`${s.server.url}#/compare?t=${MINE.join(',')}`)
    await expect.poll(() => columns(p)).toEqual(MINE)
    expect(await p.getByRole('button', { name: 'Undo' }).count()).toBe(0)
  })

  it('a link that starts the app with another set says what it replaced, and Undo (by keyboard) brings it back, in the notebook too', async () => {
    const w = await freshWindow(`/compare?t=${LINK.join(',')}`, true)
    const p = w.p
    await expect.poll(() => columns(p)).toEqual(LINK)
    const notice = undoNotice(p)
    await expect.poll(() => notice.textContent()).toContain(`It replaced your previous selection: ${mineNames.join(', ')}.`)
    expect(await seriousViolations(p)).toEqual([])
    // The notice sits right under the heading: the first Tab from the heading reaches Undo.
    await p.locator('main h1').focus()
    await p.keyboard.press('Tab')
    expect(await p.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Undo')
    await p.keyboard.press('Enter')

    await expect.poll(() => columns(p)).toEqual(MINE)
    await p.waitForURL(new RegExp(`t=${MINE.join(',')}`))
    await expect.poll(() => notice.textContent()).toContain('Your previous selection is back')
    await w.close()

    // Restart on a bare /compare: what opens comes from user.db alone.
    const again = await freshWindow('/compare')
    await again.p.waitForURL(new RegExp(`t=${MINE.join(',')}`))
    await expect.poll(() => columns(again.p)).toEqual(MINE)
    expect(await again.p.getByRole('button', { name: 'Undo' }).count()).toBe(0)
    await again.close()
  })

  it('a link followed inside the app offers the same; "Keep this one" keeps the link\'s comparison after a restart', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/compare?t=${MINE.join(',')}`)
    await expect.poll(() => columns(p)).toEqual(MINE)
    await p.goto(`${s.server.url}#/compare?t=${LINK.join(',')}`)
    await expect.poll(() => columns(p)).toEqual(LINK)
    await p.getByRole('button', { name: 'Undo' }).waitFor()
    await p.getByRole('button', { name: 'Keep this one' }).click()
    expect(await p.getByRole('button', { name: 'Undo' }).count()).toBe(0)

    const again = await freshWindow('/compare')
    await again.p.waitForURL(new RegExp(`t=${LINK.join(',')}`))
    await expect.poll(() => columns(again.p)).toEqual(LINK)
    await again.close()
  })
})
