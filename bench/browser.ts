// Figures measured in Chromium against the browser preview: cold load beside
// a bare Vue + Pinia page, keystroke to painted results, a handout to PDF, and
// the server's memory after a walk through every screen.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { SHEET_READY_SCRIPT } from '../src-main/core/sheet-ready'
import { launchChromium } from '../tests/e2e/support/harness'
import { startBarePage } from './bare-page'
import { COMPARED, HANDOUT_SLUG, ROOT } from './core'
import { startPreviewChild } from './preview-child'
import type { Snapshot } from './snapshot'
import { median, percentile } from './stats'

export interface BrowserFigures {
  chromium: string
  coldLoad: {
    appMs: number
    bareMs: number
    ratio: number
    /** Run-to-run spread: quartiles of each run's app time over the same run's bare time. */
    runRatios: { p25: number; p50: number; p75: number }
    /** Medians of where the time went. */
    appCode: number
    appData: number
    bareCode: number
    bareData: number
    appRequests: number
    bareRequests: number
    appElements: number
    bareElements: number
    app: ColdLoad[]
    bare: ColdLoad[]
  }
  /** `unchanged`: keystrokes whose answer looked the same as the one before (timed to the frame after it arrived). */
  keystroke: {
    p50: number
    p95: number
    max: number
    measured: number
    unchanged: number
    allSamplesP95: number
    /** Medians: keydown to the search answer parsed (the preview's HTTP round trip included), and from there to the painted frame. */
    answerMedian: number
    renderMedian: number
  }
  handoutPdf: { ms: number; runs: number[]; readyMs: number; bytes: number } | { missing: string }
  serverMemory: { idle: number; afterWalk: number; peak: number; screens: string[] }
}

/** Cold loads of each page, alternated. 7 left the ratio to chance on a shared 2-core machine (per-run ratios 1.0-4.0× in one run). */
export const COLD_RUNS = 15
const KEYSTROKE_PASSES = 3
/** What a practitioner types into the palette: names, a brand, a concern, a typo, a prefix. */
const TYPED = ['microneedling', 'botox', 'acne scars', 'hyaluronc', 'radiofr']

function withTimeout<T>(promise: Promise<T>, ms: number, why: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(why())), ms)))
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Where a cold load's time went: scripts and styles in, data in (the app's API answers), list painted. */
export interface ColdLoad {
  painted: number
  codeLoaded: number
  dataLoaded: number
  /** Requests made and elements on the page when the list was painted: how much each page does to get there. */
  requests: number
  elements: number
}

/** Milliseconds from navigation to the mark, in a new browser context (empty cache) each time. */
async function coldLoad(browser: Browser, url: string, mark: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } })
  try {
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`))
    await page.goto(url)
    // Waits inside the page for the mark (no polling, which would itself load the main thread being measured).
    return await withTimeout(
      page.evaluate(
        (m) =>
          new Promise<ColdLoad>((resolve) => {
            new PerformanceObserver((list, observer) => {
              const entry = list.getEntriesByName(m)[0]
              if (!entry) return
              observer.disconnect()
              // No named helper functions in here: the bundler would wrap them in a __name() the page lacks.
              const done = { painted: entry.startTime, codeLoaded: 0, dataLoaded: 0, requests: 1, elements: document.getElementsByTagName('*').length }
              for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
                if (r.startTime >= entry.startTime) continue
                done.requests++
                const path = new URL(r.name).pathname
                if (/\.(js|css)$/.test(path)) done.codeLoaded = Math.max(done.codeLoaded, r.responseEnd)
                if (path.startsWith('/api/')) done.dataLoaded = Math.max(done.dataLoaded, r.responseEnd)
              }
              resolve(done)
            }).observe({ type: 'mark', buffered: true })
          }),
        mark,
      ),
      15_000,
      () => `${url} never marked ${mark}: ${problems.join('; ') || 'no error seen'}`,
    )
  } finally {
    await context.close()
  }
}

// In the page: the time of each keydown, and of the first frame after the
// answer to it is on screen. When the results list changes, that is the frame
// after the change (MutationObserver, then requestAnimationFrame); when the
// answer changes nothing visible (typing on within a word the snippets already
// mark whole), it is the frame after the answer arrived and was applied.
const KEYSTROKE_PROBE = () => {
  const probe = { keydown: -1, answered: -1, painted: -1, changed: false, waiting: false }
  ;(window as unknown as { __probe: typeof probe }).__probe = probe
  window.addEventListener(
    'keydown',
    () => {
      Object.assign(probe, { keydown: performance.now(), answered: -1, painted: -1, changed: false, waiting: false })
    },
    true,
  )
  new MutationObserver((records) => {
    if (probe.keydown < 0 || probe.painted >= 0 || probe.waiting) return
    const results = document.getElementById('search-results')
    if (!results || !records.some((r) => results.contains(r.target) || r.target === results)) return
    probe.waiting = true
    requestAnimationFrame(() => Object.assign(probe, { painted: performance.now(), changed: true, waiting: false }))
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
  const fetchOriginal = window.fetch.bind(window)
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const res = await fetchOriginal(...args)
    if (String(args[0]).includes('api/search')) {
      const json = res.json.bind(res)
      res.json = async () => {
        const body = await json()
        if (probe.keydown >= 0 && probe.answered < 0) probe.answered = performance.now()
        // Runs after the microtasks that apply the answer; a change they made has its own frame queued.
        requestAnimationFrame(() => {
          if (probe.keydown >= 0 && probe.painted < 0 && !probe.waiting) probe.painted = performance.now()
        })
        return body
      }
    }
    return res
  }
}

export async function keystrokes(page: Page, url: string): Promise<BrowserFigures['keystroke']> {
  await page.addInitScript(KEYSTROKE_PROBE)
  await page.goto(`${url}#/treatments`)
  await page.waitForFunction(() => performance.getEntriesByName('handbook:list-painted').length > 0)
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: /Search treatments/ })
  await box.waitFor()
  // Each keystroke's time is its median over the passes, so one busy moment of the machine does not make a slow keystroke.
  const byKey: number[][] = []
  const answer: number[] = []
  const render: number[] = []
  let unchanged = 0
  for (let pass = 0; pass < KEYSTROKE_PASSES; pass++) {
    let k = 0
    for (const text of TYPED) {
      await box.fill('')
      await page.waitForFunction(() => document.querySelectorAll('#search-results [role=option]').length === 0)
      for (const ch of text) {
        await page.keyboard.type(ch)
        await page.waitForFunction(() => (window as unknown as { __probe: { painted: number } }).__probe.painted >= 0, undefined, { timeout: 10_000 })
        const p = await page.evaluate(
          () => (window as unknown as { __probe: { keydown: number; answered: number; painted: number; changed: boolean } }).__probe,
        )
        ;(byKey[k++] ??= []).push(p.painted - p.keydown)
        answer.push(p.answered - p.keydown)
        render.push(p.painted - p.answered)
        if (!p.changed && pass === 0) unchanged++
      }
    }
  }
  const keys = byKey.map(median)
  return {
    p50: percentile(keys, 50),
    p95: percentile(keys, 95),
    max: Math.max(...keys),
    measured: keys.length,
    unchanged,
    allSamplesP95: percentile(byKey.flat(), 95),
    answerMedian: median(answer),
    renderMedian: median(render),
  }
}

async function handoutPdf(browser: Browser, url: string): Promise<BrowserFigures['handoutPdf']> {
  if (!/path: '\/handout'/.test(readFileSync(join(ROOT, 'src-renderer/src/router.ts'), 'utf8'))) return { missing: 'the renderer has no /handout route yet' }
  const runs: number[] = []
  const ready: number[] = []
  let bytes = 0
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const started = Date.now()
      await page.goto(`${url}#/handout?t=${HANDOUT_SLUG}`)
      const state = (await page.evaluate(SHEET_READY_SCRIPT)) as { state: string; message: string }
      if (state.state !== 'true') return { missing: `the handout page reported "${state.state}": ${state.message}` }
      ready.push(Date.now() - started)
      const t = performance.now()
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
      runs.push(performance.now() - t)
      bytes = pdf.length
    } finally {
      await context.close()
    }
  }
  return { ms: median(runs), runs, readyMs: median(ready), bytes }
}

/** Every route the renderer declares, with real ids for its parameters and the query a full screen needs. */
function screens(slug: string, mechanism: string): string[] {
  const router = readFileSync(join(ROOT, 'src-renderer/src/router.ts'), 'utf8')
  const paths = [...router.matchAll(/path: '([^']+)', name:/g)].map((m) => m[1]!).filter((p) => !p.includes('pathMatch'))
  const params: Record<string, string> = { slug, id: mechanism }
  const query: Record<string, string> = { '/compare': `?t=${COMPARED.join(',')}`, '/handout': `?t=${HANDOUT_SLUG}` }
  return paths.map((p) => p.replace(/:(\w+)/g, (_, name: string) => params[name] ?? name) + (query[p] ?? ''))
}

/** Waits until the page has had no request in flight for a quarter of a second. */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  let quietSince = Date.now()
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= 250) return
    await page.waitForTimeout(25)
  }
}

async function walk(page: Page, url: string): Promise<string[]> {
  let inFlight = 0
  page.on('request', () => inFlight++)
  page.on('requestfinished', () => inFlight--)
  page.on('requestfailed', () => inFlight--)
  const visited = screens('fractional-co2-laser', 'ecm-stimulation')
  for (const s of visited) {
    // A fresh document per screen: a goto that changes only the hash could leave the previous screen's heading standing in.
    await page.goto('about:blank')
    await page.goto(`${url}#${s}`)
    await page.locator('main h1, h1').first().waitFor({ timeout: 10_000 })
    await settle(page, () => inFlight)
  }
  return visited
}

export async function measureBrowser(build: Snapshot): Promise<BrowserFigures> {
  const preview = await startPreviewChild(build)
  const bare = await startBarePage(build)
  const browser = await launchChromium()
  try {
    const idle = preview.memory().rss
    const walkContext = await browser.newContext({ viewport: { width: 1360, height: 900 } })
    const visited = await walk(await walkContext.newPage(), preview.url)
    await walkContext.close()
    const afterWalk = preview.memory()

    // Alternate the two pages so that a busy moment on the machine falls on both alike.
    const app: ColdLoad[] = []
    const barePage: ColdLoad[] = []
    // Each server's first answers warm its caches; not counted.
    await coldLoad(browser, preview.url, 'handbook:list-painted')
    await coldLoad(browser, bare.url, 'bare:list-painted')
    for (let i = 0; i < COLD_RUNS; i++) {
      app.push(await coldLoad(browser, preview.url, 'handbook:list-painted'))
      barePage.push(await coldLoad(browser, bare.url, 'bare:list-painted'))
    }
    const med = (xs: ColdLoad[], k: keyof ColdLoad) => median(xs.map((x) => x[k]))

    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } })
    const keystroke = await keystrokes(await context.newPage(), preview.url)
    await context.close()

    return {
      chromium: browser.version(),
      coldLoad: {
        appMs: med(app, 'painted'),
        bareMs: med(barePage, 'painted'),
        ratio: med(app, 'painted') / med(barePage, 'painted'),
        runRatios: (() => {
          const r = app.map((a, i) => a.painted / barePage[i]!.painted)
          return { p25: percentile(r, 25), p50: median(r), p75: percentile(r, 75) }
        })(),
        appCode: med(app, 'codeLoaded'),
        appData: med(app, 'dataLoaded'),
        bareCode: med(barePage, 'codeLoaded'),
        bareData: med(barePage, 'dataLoaded'),
        appRequests: med(app, 'requests'),
        bareRequests: med(barePage, 'requests'),
        appElements: med(app, 'elements'),
        bareElements: med(barePage, 'elements'),
        app,
        bare: barePage,
      },
      keystroke,
      handoutPdf: await handoutPdf(browser, preview.url),
      serverMemory: { idle, afterWalk: afterWalk.rss, peak: afterWalk.peak, screens: visited },
    }
  } finally {
    await browser.close()
    await bare.close()
    await preview.close()
  }
}
