// Nothing leaves the machine: a walk through every screen the router defines,
// recording every request, websocket, worker and CSP violation (listened for
// before any page script runs). The walk is read from the router's route
// table, so a new route is visited without editing this file; a route with a
// parameter needs a sample below, and the test says so when one is missing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KB_PATH, openSession, ROOT, type Session } from './support/harness'

const db = new Database(KB_PATH, { readonly: true })
const first = (sql: string) => db.prepare(sql).pluck().all() as string[]
const slugs = first('SELECT slug FROM treatments ORDER BY name LIMIT 3')
const mechanism = first('SELECT id FROM mechanisms ORDER BY ord LIMIT 1')[0]!
const layer = first('SELECT id FROM layers ORDER BY ord LIMIT 1')[0]!
const term = first('SELECT id FROM glossary ORDER BY term LIMIT 1')[0]!
const condition = first('SELECT id FROM contraindications ORDER BY name LIMIT 1')[0]!
db.close()

/** A real value for each route parameter, by route path. Add one here when a route with a parameter is added. */
const SAMPLES: Record<string, string> = {
  '/treatments/:slug': `/treatments/${slugs[0]}`,
  '/mechanisms/:id': `/mechanisms/${mechanism}`,
  '/conditions/:id': `/conditions/${condition}`,
  '/concerns/:id': '/concerns/melasma',
}

/** Screens in the states their query parameters select, where those load more than the bare route. */
const EXTRA_VISITS = [
  `/compare?t=${slugs.join(',')}`,
  `/handout?t=${slugs.slice(0, 2).join(',')}`,
  `/plan?t=${slugs.join(',')}`,
  `/plan/checklist?t=${slugs.join(',')}`,
  `/layers?layer=${layer}`,
  `/glossary?term=${term}`,
  '/guides?tab=faq',
  '/no/such/page',
]

/**
 * Every path of the route table, read as text: importing router.ts would pull
 * the renderer (stores, the API client) into Node. Redirects and the
 * catch-all are not screens of their own.
 */
function routerPaths(): string[] {
  const source = readFileSync(join(ROOT, 'src-renderer/src/router.ts'), 'utf8')
  return [...source.matchAll(/\{\s*path:\s*'([^']+)'([^\n]*)/g)]
    .filter(([, path, rest]) => !/redirect:/.test(rest!) && !path!.includes('(.*)'))
    .map(([, path]) => path!)
}

const routePaths = routerPaths()
const missing = routePaths.filter((p) => p.includes(':') && !SAMPLES[p])
const visits = [...routePaths.map((p) => (p.includes(':') ? SAMPLES[p] : p)).filter((p): p is string => !!p), ...EXTRA_VISITS]

// Runs before any page script and is not subject to the page's CSP.
const LISTEN_FOR_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
  });
`

let s: Session
let origin: string
const requests: string[] = []
const sockets: string[] = []
const workers: string[] = []
const blocked: string[] = []
let pending = 0

const own = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith(`blob:${origin}/`) || url === 'about:blank'

beforeAll(async () => {
  s = await openSession()
  origin = new URL(s.server.url).origin
  s.context.on('request', (r) => {
    requests.push(r.url())
    pending++
  })
  s.context.on('requestfinished', () => pending--)
  s.context.on('requestfailed', () => pending--)
  s.page.on('websocket', (w) => sockets.push(w.url()))
  s.page.on('worker', (w) => workers.push(w.url()))
  s.context.on('serviceworker', (w) => workers.push(w.url()))
  // Anything bound elsewhere is stopped here and recorded: the walk proves it, and nothing actually goes out.
  await s.context.route('**/*', (route) => {
    const url = route.request().url()
    if (own(url)) return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  await s.page.addInitScript({ content: LISTEN_FOR_VIOLATIONS })
})
afterAll(async () => s?.close())

/** Waits until the screen has its heading and no request is in flight. */
async function settle() {
  await s.page.waitForSelector('main h1')
  await expect.poll(() => pending, { timeout: 10_000, interval: 50 }).toBe(0)
}

describe('nothing leaves the machine', () => {
  it('every route with a parameter has a sample value to visit it with', () => {
    expect(missing, 'add these to SAMPLES in tests/e2e/no-network.test.ts').toEqual([])
  })

  it('walks the router’s routes, including at least the main screens', () => {
    for (const p of ['/treatments', '/treatments/:slug', '/about']) expect(routePaths).toContain(p)
    expect(visits.length).toBeGreaterThanOrEqual(routePaths.length)
  })

  it.each(visits)('%s: requests only the app’s own origin and violates no CSP directive', async (path) => {
    // A fresh document for each screen: a goto that only changes the hash would not reload the page.
    await s.page.goto('about:blank')
    const before = requests.length
    await s.page.goto(`${s.server.url}#${path}`)
    await settle()
    const violations = await s.page.evaluate('window.__cspViolations')
    expect(requests.length).toBeGreaterThan(before)
    expect(
      requests.filter((u) => !own(u)),
      'requests to another origin',
    ).toEqual([])
    expect(blocked, 'requests stopped on their way out').toEqual([])
    expect(violations, 'securitypolicyviolation events').toEqual([])
    expect(s.problems, 'console errors (CSP reports land here too)').toEqual([])
    expect(sockets, 'websockets').toEqual([])
    expect(workers, 'workers').toEqual([])
  })

  it('made every API call to the preview’s own /api/, with nothing else but the app’s files', () => {
    const api = requests.filter((u) => u.startsWith(`${origin}/api/`))
    expect(api.length).toBeGreaterThan(visits.length)
    const other = requests.filter((u) => own(u) && !u.startsWith(`${origin}/api/`) && !u.startsWith('data:'))
    for (const u of other) expect(new URL(u).pathname, u).toMatch(/^\/(?:$|index\.html$|assets\/|favicon\.svg$)/)
  })
})
