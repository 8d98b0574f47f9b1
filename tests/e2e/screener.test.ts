// The candidate screener in Chromium against the real knowledge base: a profile
// filled by keyboard, the ranked list, an exclusion's reason opened, the top
// three sent to the comparison, and nothing about the client left in storage.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMonths, localToday, monthsAndDaysBetween } from '../../src-main/core/calendar'
import type { Reference, Treatment } from '../../src-main/core/content/schema'
import { formatMonths, formatRemaining } from '../../src-renderer/src/lib/screener-words'
import type { CandidateProfile } from '../../src-main/core/screener-profile'
import type { ScreenedTreatment } from '../../src-main/api/screener-types'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { screenCandidate } from '../../src-main/core/screener'
import { auditContext, seriousViolations } from './support/axe'
import { KB_PATH, openSession, type Session } from './support/harness'

let s: Session
beforeAll(async () => {
  s = await openSession()
})
afterAll(async () => s?.close())

/** A last dose three calendar months before today (day capped at 28 so no month rolls over). */
function threeMonthsAgo(): { mm: string; dd: string; yyyy: string } {
  const now = new Date()
  const d = new Date(now.getFullYear(), now.getMonth() - 3, Math.min(now.getDate(), 28))
  const pad = (n: number) => String(n).padStart(2, '0')
  return { mm: pad(d.getMonth() + 1), dd: pad(d.getDate()), yyyy: String(d.getFullYear()) }
}

/** One treatment record and every reference's citation, read straight from the knowledge base file. */
function kbRecords(slug: string) {
  const db = new Database(KB_PATH, { readonly: true })
  try {
    const treatment = JSON.parse((db.prepare('SELECT record FROM treatments WHERE slug = ?').get(slug) as { record: string }).record) as Treatment
    const refs = new Map((db.prepare('SELECT id, citation FROM refs').all() as Pick<Reference, 'id' | 'citation'>[]).map((r) => [r.id, r.citation]))
    return { treatment, refs }
  } finally {
    db.close()
  }
}

/** Runs `f` on the knowledge base file the preview serves. */
function withKb<T>(f: (kb: KnowledgeBase) => T): T {
  const kb = openKnowledgeBase(KB_PATH)
  try {
    return f(kb)
  } finally {
    kb.close()
  }
}

/** Labels of the client profiles in the session's notebook (none when the notebook was never created). */
function savedLabels(): string[] {
  const path = join(s.dataDir, 'user.db')
  if (!existsSync(path)) return []
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare('SELECT label FROM client_profiles').all() as { label: string }[]).map((r) => r.label)
  } finally {
    db.close()
  }
}

async function press(p: Page, selector: string, key: string) {
  await p.locator(selector).focus()
  await p.keyboard.press(key)
}

describe('screening a candidate by keyboard', () => {
  it('fills the profile by keyboard, ranks, explains an exclusion and compares the top three', async () => {
    const p = s.page
    await p.goto(s.server.url)
    await p.getByRole('link', { name: 'Screener' }).press('Enter')
    await p.getByRole('heading', { name: 'Candidate screener' }).waitFor()

    // Age, then Fitzpatrick V and Glogau II with the arrow keys, moving on with Tab.
    await p.locator('#screener-age').focus()
    await p.keyboard.type('45')
    await p.keyboard.press('Tab')
    expect(await p.evaluate(() => document.activeElement?.closest('label')?.innerText)).toMatch(/Fitzpatrick/)
    for (let i = 0; i < 5; i++) await p.keyboard.press('ArrowDown')
    await p.keyboard.press('Tab')
    for (let i = 0; i < 2; i++) await p.keyboard.press('ArrowDown')
    expect(await p.getByLabel('Fitzpatrick skin type').inputValue()).toBe('V')
    expect(await p.getByLabel('Glogau photoageing class').locator('option:checked').innerText()).toMatch(/^II —/)

    // Concerns: fine lines first, then acne scars, then acne scars moved up to first.
    for (const name of ['Fine', 'Atrophic']) {
      await p.locator('#concern-picker').focus()
      await p.keyboard.type(name)
      await p.keyboard.press('Tab')
      await p.keyboard.press('Enter')
    }
    const ranked = () => p.locator('.ranked [data-concern]').evaluateAll((els) => els.map((e) => e.getAttribute('data-concern')))
    expect(await ranked()).toEqual(['fine-lines', 'acne-scars'])
    await p.getByRole('button', { name: 'Move Atrophic acne scars up' }).focus()
    await p.keyboard.press('Enter')
    expect(await ranked()).toEqual(['acne-scars', 'fine-lines'])
    // Focus stays with the moved concern, so the keyboard user knows where they are.
    expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Atrophic acne scars/)

    // Keloid tendency, and isotretinoin with a last dose three months ago, typed into the date field.
    await press(p, '[data-flag="keloid-tendency"]', 'Space')
    await press(p, '[data-flag="isotretinoin"]', 'Space')
    const last = threeMonthsAgo()
    await p.locator('[data-date-for="isotretinoin"]').focus()
    await p.keyboard.type(`${last.mm}${last.dd}${last.yyyy}`)
    expect(await p.locator('[data-date-for="isotretinoin"]').inputValue()).toBe(`${last.yyyy}-${last.mm}-${last.dd}`)

    await press(p, 'button[type=submit]', 'Enter')
    const summary = p.getByRole('heading', { name: /suitable · \d+ deferred · \d+ excluded/ })
    await summary.waitFor()
    // The result takes the focus so a keyboard or screen-reader user lands on it.
    expect(await p.evaluate(() => document.activeElement?.id || document.activeElement?.className)).toMatch(/summary/)

    // The same profile screened by the core directly: the screen must show what the rules decided.
    const profile: CandidateProfile = {
      age: 45,
      fitzpatrick: 'V',
      glogau: 2,
      concerns: ['acne-scars', 'fine-lines'],
      flags: ['keloid-tendency', 'isotretinoin'],
      endedOn: { isotretinoin: `${last.yyyy}-${last.mm}-${last.dd}` },
      injectionsAcceptable: true,
      energyDevicesAcceptable: true,
    }
    const core = withKb((kb) => screenCandidate(kb, profile, localToday()))
    expect(await p.locator('.summary').innerText()).toBe(
      `${core.suitable.length} suitable · ${core.deferred.length} deferred · ${core.excluded.length} excluded`,
    )

    // Suitable: ranked best first, each with its reasons.
    const cards = p.locator('[aria-label="Suitable treatments"] article')
    expect(await cards.count()).toBe(core.suitable.length)
    const scores = (await p.locator('[aria-label="Suitable treatments"] .score').allInnerTexts()).map((x) => Number(x.replace(/[^\d.-]/g, '')))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))).toEqual(core.suitable.map((t) => t.slug))
    expect(await cards.first().locator('[data-reason="concern"]').first().innerText()).toMatch(/atrophic acne scars|fine lines/i)

    // Deferred for isotretinoin: the time still to go, counted to the most cautious cited wait, and the shorter position said beside it.
    const isoOf = (t: ScreenedTreatment) => t.blocks.find((f) => f.contraindication?.id === 'isotretinoin' && f.wait?.remaining)
    const counted = core.deferred.find((t) => isoOf(t))!
    expect(counted, 'some treatment is deferred for isotretinoin with a date').toBeDefined()
    const w = isoOf(counted)!.wait!
    expect(w.until).toBe(addMonths(profile.endedOn!.isotretinoin!, w.months))
    const deferredCard = p.locator(`[aria-label="Deferred treatments"] [data-slug="${counted.slug}"]`)
    expect(await deferredCard.innerText()).toMatch(/Not now: Recent or current oral isotretinoin/)
    expect(await deferredCard.innerText()).toContain(
      `Wait until ${formatMonths(w.months)} after the last dose: ${formatRemaining(monthsAndDaysBetween(localToday(), w.until!))}`,
    )
    const contested = core.deferred.find((t) => isoOf(t)?.wait?.minMonths === 0)
    if (contested)
      expect(await p.locator(`[aria-label="Deferred treatments"] [data-slug="${contested.slug}"]`).innerText()).toContain(
        'Sources disagree: another cited position finds no need to wait.',
      )

    // Excluded: open dermabrasion's "why" by keyboard and read the rule and the source of the exclusion.
    const { treatment, refs } = kbRecords('dermabrasion')
    const entry = treatment.contraindications.find((c) => c.id === 'keloid-tendency')!
    expect(entry.stance).toBe('exclude')
    const derm = p.locator('[aria-label="Excluded treatments"] [data-slug="dermabrasion"]')
    const why = derm.locator('[data-condition="keloid-tendency"]')
    expect(await why.isVisible()).toBe(false)
    await derm.locator('summary').focus()
    await p.keyboard.press('Enter')
    await why.waitFor()
    const text = await why.innerText()
    expect(text).toContain('Excluded: Tendency to keloid or hypertrophic scarring')
    expect(text).toMatch(/Rule\s+The safety matrix excludes this treatment for the condition/)
    for (const id of entry.refs) expect(text).toContain(refs.get(id)!.slice(0, 60))

    // Nothing about the client was written to the browser's storage.
    const stored = await p.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(stored).not.toMatch(/isotretinoin|keloid|acne-scars/)
    expect(savedLabels()).toEqual([])
    expect(s.problems).toEqual([])

    // Compare the top three, in rank order.
    const top = await cards.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-slug')))
    await p.getByRole('button', { name: 'Compare top 3' }).press('Enter')
    await p.waitForURL(/#\/compare\?/)
    expect(new URL(p.url().replace('#/', '')).searchParams.get('t')).toBe(top.join(','))
  })

  it('keeps the result in memory while a treatment is opened, and plans a handout from ticked treatments', async () => {
    const p = s.page
    await p.goBack()
    const cards = p.locator('[aria-label="Suitable treatments"] article')
    await cards.first().waitFor()
    const [first, second] = await cards.evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-slug')))

    await cards
      .first()
      .getByRole('link', { name: /^Open treatment/ })
      .press('Enter')
    await p.waitForURL(new RegExp(`#/treatments/${first}$`))
    await p.goBack()
    await cards.first().waitFor()
    expect(await cards.first().getAttribute('data-slug')).toBe(first)

    for (const slug of [first, second]) await press(p, `article[data-slug="${slug}"] .plan input`, 'Space')
    await p.getByRole('button', { name: 'Plan handout (2)' }).press('Enter')
    await p.waitForURL(/#\/handout\?/)
    expect(new URL(p.url().replace('#/', '')).searchParams.get('t')).toBe(`${first},${second}`)
  })

  it('names what is missing instead of screening an incomplete profile', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/screener`)
    await p.getByRole('button', { name: 'Clear profile' }).press('Enter')
    await press(p, 'button[type=submit]', 'Enter')
    const alert = p.locator('#screener-problems')
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/Age[\s\S]*Fitzpatrick skin type[\s\S]*Glogau/)
    expect(await p.getByRole('heading', { name: /suitable ·/ }).count()).toBe(0)
  })

  it('keeps a profile only when saved under a label, and loads it back into the form', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/screener`)
    await p.locator('#screener-age').fill('61')
    await p.getByLabel('Fitzpatrick skin type').selectOption('III')
    await p.getByLabel('Glogau photoageing class').selectOption({ index: 3 })
    await p.locator('#concern-picker').selectOption('laxity')
    await p.getByRole('button', { name: 'Add', exact: true }).click()
    await p.locator('[data-flag="implanted-device"]').check()
    await p.getByRole('button', { name: 'Screen treatments' }).click()
    await p.getByRole('heading', { name: /suitable ·/ }).waitFor()
    const before = await p.locator('[aria-label="Suitable treatments"] article').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))
    expect(savedLabels()).toEqual([])

    await p.locator('#profile-label').focus()
    await p.keyboard.type('R.T. laxity')
    await p.keyboard.press('Enter')
    await p.getByText('Saved as "R.T. laxity".').waitFor()
    expect(savedLabels()).toEqual(['R.T. laxity'])

    await p.getByRole('button', { name: 'Clear profile' }).click()
    expect(await p.locator('#screener-age').inputValue()).toBe('')
    await p.locator('#saved-profile').selectOption({ label: 'R.T. laxity' })
    await p.getByRole('button', { name: 'Load', exact: true }).click()
    expect(await p.locator('#screener-age').inputValue()).toBe('61')
    expect(await p.locator('[data-flag="implanted-device"]').isChecked()).toBe(true)
    await p.getByRole('button', { name: 'Screen treatments' }).click()
    await p.getByRole('heading', { name: /suitable ·/ }).waitFor()
    const after = await p.locator('[aria-label="Suitable treatments"] article').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))
    expect(after).toEqual(before)

    // Deleting asks once more, then removes it from the notebook.
    await p.getByRole('button', { name: 'Delete', exact: true }).click()
    await p.getByRole('button', { name: 'Confirm delete' }).click()
    await p.getByText('Deleted "R.T. laxity".').waitFor()
    expect(savedLabels()).toEqual([])
  })

  it('passes axe with a screening on screen and a reason opened (no serious or critical violation)', async () => {
    const context = await auditContext(s.browser)
    const p = await context.newPage()
    try {
      await p.goto(`${s.server.url}#/screener`)
      await p.locator('#screener-age').fill('50')
      await p.getByLabel('Fitzpatrick skin type').selectOption('VI')
      await p.getByLabel('Glogau photoageing class').selectOption({ index: 3 })
      await p.locator('#concern-picker').selectOption('hyperpigmentation')
      await p.getByRole('button', { name: 'Add', exact: true }).click()
      for (const f of ['herpes-history', 'pregnancy-breastfeeding']) await p.locator(`[data-flag="${f}"]`).check()
      await p.getByRole('button', { name: 'Screen treatments' }).click()
      await p.getByRole('heading', { name: /suitable ·/ }).waitFor()
      await p.locator('[aria-label="Excluded treatments"] summary').first().click()
      expect(await seriousViolations(p)).toEqual([])
    } finally {
      await context.close()
    }
  })
})
