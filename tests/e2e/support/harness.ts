import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startPreviewServer, type PreviewServer } from '../../../src-main/preview/server'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const RENDERER_DIR = join(ROOT, 'out/renderer')
export const KB_PATH = join(ROOT, 'resources/handbook.db')

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

export interface Session {
  server: PreviewServer
  browser: Browser
  context: BrowserContext
  page: Page
  /** Every URL the page asked for, to prove nothing left the preview's origin. */
  requests: string[]
  /** Console errors and CSP violations reported by the page. */
  problems: string[]
  dataDir: string
  close(): Promise<void>
}

export async function openSession(opts: { kbPath?: string; dataDir?: string; viewport?: { width: number; height: number } } = {}): Promise<Session> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'handbook-e2e-'))
  const server = await startPreviewServer({ rendererDir: RENDERER_DIR, kbPath: opts.kbPath ?? KB_PATH, dataDir })
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1360, height: 900 } })
  const page = await context.newPage()
  const requests: string[] = []
  const problems: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return {
    server,
    browser,
    context,
    page,
    requests,
    problems,
    dataDir,
    async close() {
      await browser.close()
      await server.close()
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Requests that went anywhere but the preview's own origin (data: URLs are inline, not requests off the machine). */
export function foreignRequests(s: Session): string[] {
  const origin = new URL(s.server.url).origin
  return s.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'))
}
