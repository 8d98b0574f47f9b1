// The safety grid and the condition pages in Chromium against the real
// knowledge base: moving through the grid by keyboard, reading a cell's reason
// and references, filtering, printing landscape, and the screener's policy line.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Contraindication, SafetyDecision } from '../../src-main/core/content/schema'
import { inConsultationOrder } from '../../src-main/core/safety/consultation-order'
import { auditContext, seriousViolations } from './support/axe'
import { KB_PATH, openSession, type Session } from './support/harness'
import { pageCount, pdfInfo, pdfText, poppler } from './support/pdf'

// Set SAFETY_PDF_DIR to keep the printed grid and its page images for a look.
const KEEP = process.env.SAFETY_PDF_DIR

/** The matrix as the knowledge base file holds it: conditions in consultation order, rows by slug. */
function kbMatrix() {
  const db = new Database(KB_PATH, { readonly: true })
  try {
    const conditions = inConsultationOrder(
      (db.prepare('SELECT record FROM contraindications').all() as { record: string }[]).map((r) => JSON.parse(r.record) as Contraindication),
    )
    const rows = db.prepare('SELECT slug, category, record FROM treatments').all() as { slug: string; category: string; record: string }[]
    const cells = new Map<string, SafetyDecision>()
    for (const r of rows) for (const d of (JSON.parse(r.record) as { contraindications: SafetyDecision[] }).contraindications) cells.set(`${r.slug}:${d.id}`, d)
    const citations = new Map((db.prepare('SELECT id, citation FROM refs').all() as { id: string; citation: string }[]).map((r) => [r.id, r.citation]))
    const names = new Map((db.prepare('SELECT slug, name FROM treatments').all() as { slug: string; name: string }[]).map((r) => [r.slug, r.name]))
    const category = new Map(rows.map((r) => [r.slug, r.category]))
    return { conditions, cells, citations, names, category, treatments: rows.length }
  } finally {
    db.close()
  }
}

let s: Session
let dir: string
beforeAll(async () => {
  dir = KEEP ?? mkdtempSync(join(tmpdir(), 'handbook-safety-'))
  s = await openSession()
})
afterAll(async () => {
  await s?.close()
  if (!KEEP) rmSync(dir, { recursive: true, force: true })
})

describe('the safety grid', () => {
  it('moves by keyboard and shows the focused cell’s stance, reason and references from the knowledge base', async () => {
    const kb = kbMatrix()
    const p = s.page
    await p.goto(`${s.server.url}#/safety`)
    await p.getByRole('heading', { level: 1, name: 'Safety grid' }).waitFor()
    const cells = p.locator('[role="gridcell"]')
    await cells.first().waitFor()
    expect(await cells.count()).toBe(kb.treatments * kb.conditions.length)

    await p.locator('[role="gridcell"][tabindex="0"]').focus()
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await p.keyboard.press(key)
    const focused = p.locator('[role="gridcell"]:focus')
    const [slug, condition] = (await focused.getAttribute('data-cell'))!.split(':') as [string, string]
    expect(condition, 'two steps right lands on the third condition').toBe(kb.conditions[2]!.id)
    const cell = kb.cells.get(`${slug}:${condition}`)!
    const detail = p.locator('#safety-detail')
    await expect.poll(() => detail.innerText()).toContain(`${kb.names.get(slug)} × ${kb.conditions[2]!.name}`)
    const verdict = await detail.locator('[data-detail="verdict"]').innerText()
    expect(verdict).toMatch({ exclude: /^Excluded/, defer: /^Deferred/, caution: /^Caution/, none: /^No known interaction/ }[cell.stance])
    if (cell.note) expect(await detail.locator('[data-detail="reason"]').innerText()).toContain(cell.note)
    const refs = await detail.locator('[data-detail="refs"]').innerText()
    for (const id of cell.refs) expect(refs).toContain(kb.citations.get(id)!.slice(0, 50))

    // Home/End and Ctrl+End reach the row's and the grid's ends.
    await p.keyboard.press('Control+End')
    expect(await p.locator('[role="gridcell"]:focus').getAttribute('data-cell')).toMatch(new RegExp(`:${kb.conditions.at(-1)!.id}$`))
    await p.keyboard.press('Control+Home')
    expect(await p.locator('[role="gridcell"]:focus').getAttribute('data-cell')).toMatch(new RegExp(`:${kb.conditions[0]!.id}$`))

    // Enter opens the focused treatment.
    const first = (await p.locator('[role="gridcell"]:focus').getAttribute('data-cell'))!.split(':')[0]!
    await p.keyboard.press('Enter')
    await p.waitForURL(new RegExp(`#/treatments/${first}$`))
  })

  it('filters by category and by condition', async () => {
    const kb = kbMatrix()
    const p = s.page
    await p.goto(`${s.server.url}#/safety`)
    await p.locator('[role="gridcell"]').first().waitFor()
    await p.locator('[data-filter="category"]').selectOption('peel')
    const rows = await p.locator('tr[data-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))
    const peels = [...kb.category].filter(([, c]) => c === 'peel').map(([slug]) => slug)
    expect(new Set(rows)).toEqual(new Set(peels))
    await p.locator('[data-filter="condition"]').selectOption('isotretinoin')
    const shown = await p.locator('[role="gridcell"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell')!.split(':')[1]))
    expect(new Set(shown)).toEqual(new Set(['isotretinoin']))
    // Back to everything, for the tests that follow on the same page.
    await p.locator('[data-filter="condition"]').selectOption('')
    await p.locator('[data-filter="category"]').selectOption('')
  })

  it('prints landscape on A4, every treatment legible, with text labels that survive black and white', async () => {
    const kb = kbMatrix()
    const p = s.page
    await p.goto(`${s.server.url}#/safety`)
    await p.locator('[role="gridcell"]').first().waitFor()
    await p.emulateMedia({ media: 'print' })
    const path = join(dir, 'safety-grid.pdf')
    await p.pdf({ path, printBackground: true, preferCSSPageSize: true })
    await p.emulateMedia({ media: 'screen' })
    if (KEEP) poppler('pdftoppm', ['-r', '70', '-png', path, join(dir, 'safety-grid')])
    expect(pdfInfo(path)).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/)
    expect(pageCount(path)).toBeLessThanOrEqual(4)
    const text = pdfText(path)
    for (const name of kb.names.values()) expect(text, name).toContain(name.slice(0, 20))
    for (const label of ['EXCL', 'DEFER', 'CAUT']) expect(text).toContain(label)
  })

  it('gives each condition a page that lists every treatment by stance', async () => {
    const kb = kbMatrix()
    const p = s.page
    await p.goto(`${s.server.url}#/conditions/isotretinoin`)
    await p.locator('[data-stance-group]').first().waitFor()
    const listed = await p.locator('[data-stance-group] [data-treatment]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-treatment')))
    expect(listed.length).toBe(kb.treatments)
    for (const slug of listed) {
      const group = await p.locator(`[data-stance-group]:has([data-treatment="${slug}"])`).getAttribute('data-stance-group')
      expect(group, slug!).toBe(kb.cells.get(`${slug}:isotretinoin`)!.stance)
    }
  })

  it('has no serious accessibility violation on the grid or a condition page', async () => {
    const context = await auditContext(s.browser)
    try {
      const page = await context.newPage()
      for (const route of ['#/safety', '#/conditions/pregnancy-breastfeeding']) {
        await page.goto(`${s.server.url}${route}`)
        await page.locator('h1').first().waitFor()
        await page.locator('[role="gridcell"], [data-stance-group]').first().waitFor()
        expect(await seriousViolations(page), route).toEqual([])
      }
    } finally {
      await context.close()
    }
  })
})

describe('the contested-wait policy', () => {
  /** Screens a 45-year-old, Fitzpatrick II, Glogau II client whose last isotretinoin dose was two months ago. */
  async function screenIsotretinoin(p: Session['page']) {
    await p.goto(`${s.server.url}#/screener`)
    await p.getByRole('heading', { name: 'Candidate screener' }).waitFor()
    await p.locator('#screener-age').fill('45')
    await p.getByLabel('Fitzpatrick skin type').selectOption('II')
    await p.getByLabel('Glogau photoageing class').selectOption('2')
    if (!(await p.locator('[data-flag="isotretinoin"]').isChecked())) await p.locator('[data-flag="isotretinoin"]').check()
    const d = new Date()
    d.setMonth(d.getMonth() - 2, Math.min(d.getDate(), 28))
    await p.locator('[data-date-for="isotretinoin"]').fill(d.toISOString().slice(0, 10))
    await p.locator('button[type=submit]').click()
    await p.getByRole('heading', { name: /suitable · \d+ deferred · \d+ excluded/ }).waitFor()
    const policy = (await p.locator('[data-policy]').getAttribute('data-policy'))!
    const deferred = Number(/· (\d+) deferred/.exec(await p.locator('.summary').innerText())![1])
    const contested = await p.locator('[aria-label="Suitable treatments"] [data-rule="contested-wait"]').count()
    return { policy, deferred, contested, line: await p.locator('[data-policy]').innerText() }
  }

  it('follows the most cautious position by default, says so, and shows contested waits as cautions once set to', async () => {
    const p = s.page
    const cautious = await screenIsotretinoin(p)
    expect(cautious.policy).toBe('cautious')
    expect(cautious.line).toMatch(/most cautious cited position decides/)
    expect(cautious.contested).toBe(0)

    await p.goto(`${s.server.url}#/settings`)
    await p.getByRole('heading', { name: 'Screening' }).waitFor()
    expect(await p.locator('input[name="contested-waits"][value="cautious"]').isChecked()).toBe(true)
    await p.locator('label:has(input[name="contested-waits"][value="caution"])').click()
    await expect.poll(() => p.locator('input[name="contested-waits"][value="caution"]').isChecked()).toBe(true)

    const caution = await screenIsotretinoin(p)
    expect(caution.policy).toBe('caution')
    expect(caution.line).toMatch(/shown as a caution once the shortest cited wait has passed/)
    // Treatments whose shortest cited wait (0) has passed move from deferred to suitable, each with the conflict shown.
    expect(caution.contested).toBeGreaterThan(0)
    expect(caution.deferred).toBe(cautious.deferred - caution.contested)
  })
})
