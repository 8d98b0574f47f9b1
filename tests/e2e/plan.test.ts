// Planning a course in Chromium against the real knowledge base: a screened
// profile sends three treatments to the plan; start and event dates shape the
// schedule; a conflict between sources is explained and a moved session is
// marked; the plan handout prints every date; the .ics export parses back.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { longDate } from '../../src-main/core/handout-wording'
import { auditContext, seriousViolations } from './support/axe'
import { openSession, type Session } from './support/harness'

// Set PLAN_SHOT_DIR to keep the screenshot and PDF page images for a look.
const KEEP = process.env.PLAN_SHOT_DIR
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim()
const pdfText = (path: string) => flat(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))

const HA = 'hyaluronic-acid-filler'
const TOXIN = 'botulinum-toxin-a'
const CO2 = 'fractional-co2-laser'

let s: Session
let dir: string
beforeAll(async () => {
  s = await openSession({ viewport: { width: 1360, height: 1000 } })
  dir = KEEP ?? mkdtempSync(join(tmpdir(), 'handbook-plan-'))
})
afterAll(async () => {
  await s?.close()
  if (!KEEP) rmSync(dir, { recursive: true, force: true })
})

/** The schedule as the table shows it: session id → date. */
async function schedule(): Promise<Record<string, string>> {
  const rows = s.page.locator('table.sessions tbody tr')
  const out: Record<string, string> = {}
  for (const row of await rows.all()) out[(await row.getAttribute('data-session'))!] = await row.locator('input[type=date]').inputValue()
  return out
}

describe('planning a course', () => {
  it('screens a profile, plans three treatments around an event, explains a conflict, prints and exports the dates', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/screener`)
    await p.locator('#screener-age').fill('45')
    await p.getByLabel('Fitzpatrick skin type').selectOption('II')
    await p.getByLabel('Glogau photoageing class').selectOption('3')
    for (const id of ['fine-lines', 'volume-loss']) {
      await p.locator('#concern-picker').selectOption(id)
      await p.locator('#concern-picker').press('Enter')
      await p.locator(`.ranked [data-concern="${id}"]`).waitFor()
    }
    await p.locator('button[type=submit]').click()
    await p.getByRole('heading', { name: /suitable · \d+ deferred · \d+ excluded/ }).waitFor()
    for (const slug of [HA, TOXIN, CO2]) await p.locator(`[aria-label="Suitable treatments"] article[data-slug="${slug}"] input[type=checkbox]`).check()
    await p.getByRole('button', { name: 'Plan a course (3)' }).click()
    await p.getByRole('heading', { name: 'Plan a course' }).waitFor()
    await p.locator('table.sessions').waitFor()

    // Start on 1 June 2027, with a wedding on 20 June: the 14 days before it stay free of downtime.
    await p.getByLabel('Start date').fill('2027-06-01')
    await p.getByLabel('A date to look their best (optional)').fill('2027-06-20')
    await p.locator('[data-session="fractional-co2-laser#1"] input[value="2027-06-21"]').waitFor()
    expect(await schedule()).toEqual({ [`${TOXIN}#1`]: '2027-06-01', [`${CO2}#1`]: '2027-06-21', [`${HA}#1`]: '2027-06-21' })
    // Laser before filler at the shared visit, as the rule says.
    expect(await p.locator('table.sessions tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session')))).toEqual([
      `${TOXIN}#1`,
      `${CO2}#1`,
      `${HA}#1`,
    ])
    expect(await p.locator('.violation').count()).toBe(0)

    // The conflict: lasers over fresh filler have sources on both sides, and the plan says which it follows.
    const pair = p.locator(`[data-pair="${CO2}|${HA}"]`)
    expect(await pair.innerText()).toMatch(/Sources disagree/)
    expect(await pair.innerText()).toMatch(/No wait needed[\s\S]*Wait about four weeks/)
    expect(await pair.innerText()).toMatch(/follows the most cautious position/)
    expect(await p.locator(`[data-pair="${TOXIN}|${CO2}"]`).innerText()).toMatch(/No data: use clinical judgement/)

    // Move the filler to the first visit: the laser now follows fresh filler too soon, and the filler's swelling meets the event.
    await p.getByLabel('Date of Hyaluronic acid dermal filler, session 1').fill('2027-06-01')
    await p.getByRole('heading', { name: 'Your schedule' }).waitFor()
    const laserRow = p.locator(`[data-session="${CO2}#1"]`)
    await laserRow.locator('.violation').waitFor()
    expect(await laserRow.innerText()).toMatch(/Breaks a rule: .*20 days after Hyaluronic acid dermal filler \(session 1\); the rule asks for at least 28 days/)
    expect(await laserRow.locator('.violation sup a').count()).toBeGreaterThan(0)
    expect(await p.locator(`[data-session="${HA}#1"] .violation[data-kind="event"]`).innerText()).toMatch(/14 days before the event on 2027-06-20/)
    await p.getByRole('button', { name: 'Back to the proposal' }).click()
    await p.getByRole('heading', { name: 'Proposed order' }).waitFor()
    const dates = await schedule()

    // axe on the plan screen, in an audit context that lets the script in.
    const ctx = await auditContext(s.browser)
    const audit = await ctx.newPage()
    await audit.goto(p.url())
    await audit.locator('table.sessions').waitFor()
    expect(await seriousViolations(audit)).toEqual([])
    await ctx.close()
    if (KEEP) await p.screenshot({ path: join(dir, 'plan-screen.png'), fullPage: true })

    // The .ics: every session, on its day, parsed back with an iCalendar parser.
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Export calendar (.ics)' }).click()])
    const ics = readFileSync((await download.path())!, 'utf8')
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time
      return { summary: String(v.getFirstPropertyValue('summary')), date: start.toString(), allDay: start.isDate }
    })
    expect(events).toHaveLength(3)
    expect(events.every((e) => e.allDay)).toBe(true)
    expect(events.map((e) => e.date).sort()).toEqual(Object.values(dates).sort())
    expect(events.find((e) => e.summary.startsWith('Fractional CO2'))?.date).toBe(dates[`${CO2}#1`])

    // The plan handout: the handout route's sheet with a "Your dates" list, printed through Chromium.
    await p.getByRole('link', { name: 'Print plan handout' }).click()
    await p.waitForSelector('body[data-handout-ready="true"]')
    await p.emulateMedia({ media: 'print' })
    const pdf = join(dir, 'plan-handout.pdf')
    await p.pdf({ path: pdf, printBackground: true, format: 'A4' })
    await p.emulateMedia({ media: 'screen' })
    const text = pdfText(pdf)
    expect(text).toContain('Your dates')
    for (const d of new Set(Object.values(dates))) expect(text, d).toContain(longDate(d))
    expect(text).toMatch(/Fractional CO2 laser resurfacing \(10,600 nm\), one session; allow for up to 14 days of recovery, until 4 July 2027/)
    if (KEEP) execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'plan-handout')])
    expect(s.problems).toEqual([])
  })

  it('prints a pre-treatment checklist per planned treatment, labelled as supporting the consent form, with lines to sign', async () => {
    const p = s.page
    await p.goto(`${s.server.url}#/plan?t=${[HA, TOXIN, CO2].join(',')}`)
    await p.getByRole('link', { name: 'Pre-treatment checklist' }).click()
    await p.waitForSelector('body[data-checklist-ready="true"] .checklist-sheet')
    await p.getByLabel('Client name or label (optional, printed only)').fill('Client 0427')
    const laser = p.locator(`.treatment-sheet[data-slug="${CO2}"]`)
    expect(await laser.locator('[data-condition="isotretinoin"]').innerText()).toMatch(/I have not taken isotretinoin[\s\S]*Date: ____/)
    expect(await laser.locator('[data-condition="pregnancy-breastfeeding"]').innerText()).toMatch(/I am not pregnant/)
    expect(await p.locator(`.treatment-sheet[data-slug="${TOXIN}"] [data-condition="neuromuscular-disease"]`).count()).toBe(1)

    const ctx = await auditContext(s.browser)
    const audit = await ctx.newPage()
    await audit.goto(p.url())
    await audit.waitForSelector('body[data-checklist-ready="true"] .checklist-sheet')
    expect(await seriousViolations(audit)).toEqual([])
    await ctx.close()

    await p.emulateMedia({ media: 'print' })
    const pdf = join(dir, 'checklist.pdf')
    await p.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true })
    await p.emulateMedia({ media: 'screen' })
    const text = pdfText(pdf)
    expect(text).toContain("Supports, does not replace, your clinic's consent form.")
    expect(text.match(/Client's signature/g)).toHaveLength(3)
    expect(text).toContain('Client 0427')
    expect(text).not.toContain('Back to the plan')
    if (KEEP) execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, 'checklist')])
  })

  it('saves the client record, restores it after a reload, and forgets it so user.db no longer holds the label', async () => {
    const p = s.page
    const LABEL = 'Quartz-7731'
    await p.goto(`${s.server.url}#/plan?t=${[HA, TOXIN, CO2].join(',')}`)
    await p.getByLabel('Start date').fill('2027-06-01')
    await p.getByLabel('A date to look their best (optional)').fill('2027-06-20')
    await p.locator(`[data-session="${CO2}#1"] input[value="2027-06-21"]`).waitFor()
    // The practitioner's own schedule: the filler a week after the event.
    await p.getByLabel('Date of Hyaluronic acid dermal filler, session 1').fill('2027-06-27')
    await p.getByRole('heading', { name: 'Your schedule' }).waitFor()
    const edited = await schedule()
    expect(edited[`${HA}#1`]).toBe('2027-06-27')
    await p.getByLabel('Notes').fill('Prefers morning visits.')
    await p.getByRole('button', { name: 'Note the plan handout as given today' }).click()
    await p.getByLabel('Label or pseudonym').fill(LABEL)
    await p.getByRole('button', { name: 'Save client record' }).click()
    await p
      .getByRole('status')
      .filter({ hasText: `Saved to the client record "${LABEL}".` })
      .waitFor()
    // The next day's rolling copy, made while the record exists.
    await (await s.server.ctx.user()).backup('daily')

    // A reload forgets everything in the window; opening the record restores it.
    await p.reload()
    await p.goto(`${s.server.url}#/plan`)
    await p.getByLabel('Open a saved client').selectOption({ label: LABEL })
    await p.getByRole('button', { name: 'Open', exact: true }).click()
    await p
      .getByRole('status')
      .filter({ hasText: `Opened "${LABEL}"` })
      .waitFor()
    await p.locator(`[data-session="${HA}#1"] input[value="2027-06-27"]`).waitFor()
    expect(await schedule()).toEqual(edited)
    expect(await p.getByLabel('Notes').inputValue()).toBe('Prefers morning visits.')
    expect(await p.getByLabel('A date to look their best (optional)').inputValue()).toBe('2027-06-20')
    expect(await p.locator('.record li').innerText()).toMatch(/Plan handout/)
    // The saved screening comes back too: the screener shows the profile and its result.
    await p.getByRole('link', { name: 'Screener', exact: true }).click()
    expect(await p.locator('#screener-age').inputValue()).toBe('45')
    await p.getByRole('heading', { name: /suitable · \d+ deferred · \d+ excluded/ }).waitFor()
    await p.getByRole('link', { name: 'Plan', exact: true }).click()
    await p.getByRole('button', { name: 'Forget this client' }).waitFor()

    // Forget: the notebook file and its write-ahead log no longer hold the label, and the backup that does is named and purged.
    await p.getByRole('button', { name: 'Forget this client' }).click()
    await p.getByRole('button', { name: 'Forget now' }).click()
    await p
      .getByRole('status')
      .filter({ hasText: `"${LABEL}" was deleted` })
      .waitFor()
    expect(await p.locator('.record [role=status]').first().innerText()).toMatch(
      /1 backup copy made before now still hold this client[\s\S]*about 7 more days of use/,
    )
    const holds = (path: string) => existsSync(path) && readFileSync(path).includes(Buffer.from(LABEL))
    for (const f of ['user.db', 'user.db-wal']) expect(holds(join(s.dataDir, f)), f).toBe(false)
    expect(holds(join(s.dataDir, 'user.db'))).toBe(false)
    await p.getByRole('button', { name: 'Remove it from the backups now' }).click()
    await p.getByRole('status').filter({ hasText: 'no backup holds this client now' }).waitFor()
    for (const f of readdirSync(join(s.dataDir, 'backups'))) expect(holds(join(s.dataDir, 'backups', f)), f).toBe(false)
    expect(await p.getByLabel('Open a saved client').count()).toBe(0)
    expect(s.problems).toEqual([])
  })

  it('carries the screening deferrals into the plan: a deferred treatment added later starts when its wait ends', async () => {
    const p = s.page
    const last = new Date()
    last.setDate(1)
    last.setMonth(last.getMonth() - 3)
    const pad = (n: number) => String(n).padStart(2, '0')
    await p.goto(`${s.server.url}#/screener`)
    await p.locator('#screener-age').fill('45')
    await p.getByLabel('Fitzpatrick skin type').selectOption('II')
    await p.getByLabel('Glogau photoageing class').selectOption('3')
    await p.locator('[data-flag="isotretinoin"]').check()
    await p.locator('[data-date-for="isotretinoin"]').fill(`${last.getFullYear()}-${pad(last.getMonth() + 1)}-01`)
    await p.locator('button[type=submit]').click()
    await p.locator(`[aria-label="Deferred treatments"] [data-slug="${CO2}"]`).waitFor()
    for (const slug of [HA, TOXIN]) {
      const box = p.locator(`[aria-label="Suitable treatments"] article[data-slug="${slug}"] input[type=checkbox]`)
      if (!(await box.isChecked())) await box.check()
    }
    await p.getByRole('button', { name: /^Plan a course \(\d\)$/ }).click()
    await p.locator('table.sessions').waitFor()
    const defer = new URL(p.url().replace('#/', '')).searchParams.get('defer') ?? ''
    const until = /fractional-co2-laser@(\d{4}-\d{2}-\d{2})/.exec(defer)?.[1]
    expect(until, defer).toBeTruthy()
    expect(await p.locator('.deferrals').innerText()).toMatch(/Fractional CO2 laser resurfacing \(10,600 nm\): not before/)

    await p.getByLabel('Add a treatment').selectOption(CO2)
    await p.getByRole('button', { name: 'Add', exact: true }).click()
    await p.locator(`[data-session="${CO2}#1"]`).waitFor()
    const dates = await schedule()
    expect(dates[`${CO2}#1`]).toBe(until)
    expect(dates[`${HA}#1`]! < until!).toBe(true)
    expect(await p.locator('.violation').count()).toBe(0)
  })
})
