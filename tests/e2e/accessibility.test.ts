import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/server'
import { auditContext, seriousViolations, trackRequests } from './support/axe'
import { KB_PATH, RENDERER_DIR, launchChromium } from './support/harness'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The main routes; each must pass axe with no serious or critical violation. */
export const MAIN_ROUTES = [
  '#/treatments',
  '#/treatments/fractional-co2-laser',
  '#/compare?t=aha-peel-low,fractional-co2-laser,microfocused-ultrasound',
  '#/concerns',
  '#/concerns/acne-scars',
  '#/screener',
  '#/handout',
  '#/handout?t=fractional-co2-laser,prp',
  '#/plan?t=hyaluronic-acid-filler,botulinum-toxin-a,fractional-co2-laser',
  '#/plan/checklist?t=hyaluronic-acid-filler,fractional-co2-laser',
  '#/notes',
  '#/settings',
  '#/mechanisms',
  '#/mechanisms/leveling',
  '#/safety',
  '#/conditions/isotretinoin',
  '#/layers',
  '#/guides',
  '#/guides?tab=faq',
  '#/glossary',
  '#/about',
  '#/no-such-page',
]

let server: PreviewServer
let browser: Browser
let context: BrowserContext
let dataDir: string
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'handbook-axe-'))
  server = await startPreviewServer({ rendererDir: RENDERER_DIR, kbPath: KB_PATH, dataDir })
  browser = await launchChromium()
  context = await auditContext(browser)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('accessibility (axe-core)', () => {
  it.each(MAIN_ROUTES)('%s has no serious or critical violation', async (route) => {
    const page = await context.newPage()
    const requests = trackRequests(page)
    await page.goto(server.url + route)
    await page.waitForSelector('main h1')
    await requests.settled() // the route's data has arrived and is drawn
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
