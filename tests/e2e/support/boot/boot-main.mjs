// Boots the BUILT main bundle (out/main/index.js) under plain Node against the
// recording Electron fake, drives it as Electron would (ready, a page load, IPC
// calls, quit) and prints what happened as one JSON line for the test to judge.
// argv: <appRoot> <userDataDir>
import { register } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [appRoot, userData] = process.argv.slice(2)
const state = (globalThis.__bootElectron ??= { log: [], ready: false, handlers: new Map(), protocols: new Map(), windows: [], privileged: [] })
state.appRoot = appRoot
state.userData = userData
register('./electron-hooks.mjs', import.meta.url)

const { app } = await import('./fake-electron.mjs')
const { opened } = await import('./recording-sqlite.mjs')
const tick = () => new Promise((r) => setImmediate(r))

await import(pathToFileURL(join(appRoot, 'out/main/index.js')).href)
const beforeReady = state.log.map((e) => e.what)
app.becomeReady()
for (let i = 0; i < 5; i++) await tick()

const serve = async (url) => {
  const handler = state.protocols.get('app')
  const res = await handler(new Request(url))
  const body = Buffer.from(await res.arrayBuffer())
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    csp: res.headers.get('content-security-policy'),
    size: body.length,
    head: body.toString('utf8', 0, 200),
  }
}
const html = readFileSync(join(appRoot, 'out/renderer/index.html'), 'utf8')
const asset = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)[1]
const served = {
  index: await serve('app://handbook/index.html'),
  root: await serve('app://handbook/'),
  asset: { path: asset, ...(await serve(`app://handbook/${asset}`)), expectedSize: readFileSync(join(appRoot, 'out/renderer', asset)).length },
  outside: await serve('app://handbook/%2e%2e/%2e%2e/package.json'),
  missing: await serve('app://handbook/assets/nothing-here.js'),
}
const filter = (url) => {
  let cancel
  state.beforeRequest({ url }, (r) => (cancel = r.cancel))
  return cancel
}
const requestFilter = { app: filter('app://handbook/assets/x.js'), file: filter('file:///etc/passwd'), https: filter('https://example.com/') }

const own = { senderFrame: { url: 'app://handbook/index.html#/treatments' } }
const foreign = { senderFrame: { url: 'https://evil.example/' } }
const ipc = {
  channels: [...state.handlers.keys()],
  meta: await state.handlers.get('meta/get')(own, {}),
  treatments: await state.handlers.get('catalog/list')(own, {}),
  status: await state.handlers.get('userdata/status')(own, {}),
  saved: undefined,
  foreign: await state.handlers.get('meta/get')(foreign, {}),
  badArgs: await state.handlers.get('treatment/get')(own, { slug: { $gt: '' } }),
}
const firstSlug = ipc.treatments.value?.items?.[0]?.slug
ipc.saved = await state.handlers.get('notes/save')(own, { slug: firstSlug ?? 'none', body: 'A note written by the boot test.' })
const openBeforeQuit = opened.filter((o) => o.db.open).map((o) => o.path)

// Electron's quit sequence: before-quit, the windows close, will-quit, quit.
app.emit('before-quit', { preventDefault() {} })
for (const w of state.windows) w.close()
app.emit('window-all-closed')
app.emit('will-quit', { preventDefault() {} })
app.emit('quit', {}, 0)
for (let i = 0; i < 5; i++) await tick()

const shorten = (env) => (env.ok ? { ok: true, value: Array.isArray(env.value) ? `array(${env.value.length})` : env.value } : env)
const result = {
  beforeReady,
  log: state.log.map(({ what, ready, detail }) => ({
    what,
    ready,
    detail: what === 'new BrowserWindow' || what.startsWith('protocol') || what === 'BrowserWindow.loadURL' ? detail : undefined,
  })),
  privileged: state.privileged,
  windows: state.windows.map((w) => ({ options: w.options, loaded: w.loaded })),
  served,
  requestFilter,
  ipc: {
    ...ipc,
    meta: shorten(ipc.meta),
    treatments: { ok: ipc.treatments.ok, count: ipc.treatments.value?.items?.length ?? ipc.treatments.value?.length },
    status: shorten(ipc.status),
    saved: shorten(ipc.saved),
  },
  databases: { openBeforeQuit, openAfterQuit: opened.filter((o) => o.db.open).map((o) => o.path) },
}
process.stdout.write('\nBOOT-RESULT ' + JSON.stringify(result) + '\n')
