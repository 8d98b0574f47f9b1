import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** A context for audits: axe is injected as a script, which the page's CSP rightly refuses, so only audits bypass it. */
export function auditContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, viewport: { width: 1360, height: 900 } })
}

/** axe's serious and critical violations on the page as it is now, one line each; empty when there are none. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe
    return (await axe.run(document, { resultTypes: ['violations'] })).violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}

/**
 * Follows the page's requests so that a test can wait for a route's data to arrive and be drawn,
 * whatever the route loads, instead of sleeping. Call before navigating.
 */
export function trackRequests(page: Page) {
  const open = new Set<Request>()
  let wake = () => {}
  const done = (r: Request) => {
    open.delete(r)
    wake()
  }
  page.on('request', (r) => open.add(r))
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return {
    /** Resolves once no request is open two frames after the last answer (an answer that starts another call is followed too). */
    async settled(): Promise<void> {
      for (;;) {
        if (open.size > 0) {
          await new Promise<void>((resolve) => (wake = resolve))
          continue
        }
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
        if (open.size === 0) return
      }
    },
  }
}
