import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/server'
import { KB_PATH, RENDERER_DIR, launchChromium } from './support/harness'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The main routes; each must pass axe with no serious or critical violation. */
export const MAIN_ROUTES = [
  '#/treatments',
  '#/treatments/fractional-co2-laser',
  '#/compare?t=aha-peel-low,fractional-co2-laser,microfocused-ultrasound',
  '#/screener',
  '#/handout',
  '#/handout?t=fractional-co2-laser,prp',
  '#/notes',
  '#/settings',
  '#/mechanisms',
  '#/mechanisms/leveling',
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
  // axe is injected as a script; the page's CSP would (rightly) refuse it, so only this audit bypasses it.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1360, height: 900 } })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('accessibility (axe-core)', () => {
  it.each(MAIN_ROUTES)('%s has no serious or critical violation', async (route) => {
    const page = await context.newPage()
    await page.goto(server.url + route)
    await page.waitForSelector('main h1')
    await page.waitForTimeout(50) // let the route's data settle after its heading renders
    await page.addScriptTag({ content: axeSource })
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
      return axe.run(document, { resultTypes: ['violations'] })
    })
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
    expect(bad).toEqual([])
    await page.close()
  })
})
