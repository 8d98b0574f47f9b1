// The desktop bundle as built, booted under Node: out/main/index.js against a
// recording fake of Electron's API (tests/e2e/support/boot), and
// out/preload/index.cjs in a bare vm context that offers nothing but a fake
// `electron` module. This proves the bundle loads (module format, paths, the
// native binding) and is wired in Electron's documented order; it does not
// replace a real Electron run (README, maintainer checklist).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src-main/api/contract'
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../src-main/security/policy'

const ROOT = resolve(import.meta.dirname, '../..')
const MAIN = join(ROOT, 'out/main/index.js')
const PRELOAD = join(ROOT, 'out/preload/index.cjs')

interface Served {
  status: number
  type: string | null
  csp: string | null
  size: number
  head: string
}
interface Envelope {
  ok: boolean
  value?: unknown
  error?: { code: string; message: string }
}
interface BootResult {
  beforeReady: string[]
  log: { what: string; ready: boolean; detail?: unknown }[]
  privileged: { scheme: string; privileges: Record<string, boolean> }[]
  windows: { options: Record<string, unknown>; loaded: string[] }[]
  served: Record<'index' | 'root' | 'outside' | 'missing', Served> & { asset: Served & { path: string; expectedSize: number } }
  requestFilter: Record<'app' | 'file' | 'https', boolean>
  ipc: {
    channels: string[]
    meta: Envelope
    treatments: { ok: boolean; count: number }
    status: Envelope
    saved: Envelope
    foreign: Envelope
    badArgs: Envelope
  }
  databases: { openBeforeQuit: string[]; openAfterQuit: string[] }
}

describe('the built main bundle boots against a recording Electron', () => {
  let dir: string
  let r: BootResult
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run "npm run build" first.')
    dir = mkdtempSync(join(tmpdir(), 'handbook-boot-'))
    const out = execFileSync(process.execPath, [join(ROOT, 'tests/e2e/support/boot/boot-main.mjs'), ROOT, dir], { encoding: 'utf8', timeout: 60_000 })
    const line = out.split('\n').find((l) => l.startsWith('BOOT-RESULT '))
    if (!line) throw new Error(`the boot script printed no result:\n${out.slice(-2000)}`)
    r = JSON.parse(line.slice('BOOT-RESULT '.length)) as BootResult
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('registers the app:// scheme as privileged before ready, and handles it only after', () => {
    expect(r.beforeReady).toContain('protocol.registerSchemesAsPrivileged')
    expect(r.beforeReady).not.toContain('protocol.handle')
    expect(r.beforeReady).not.toContain('new BrowserWindow')
    expect(r.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    const handle = r.log.find((e) => e.what === 'protocol.handle')
    expect(handle).toMatchObject({ ready: true, detail: 'app' })
  })

  it('opens one window with the secure preferences and loads app://handbook/index.html', () => {
    expect(r.windows).toHaveLength(1)
    const [win] = r.windows
    expect(win!.options.webPreferences).toEqual(secureWebPreferences(PRELOAD))
    expect(win!.options.show).toBe(false)
    expect(win!.loaded).toEqual(['app://handbook/index.html'])
  })

  it('serves index.html and a hashed asset itself, with their types and the CSP, and nothing outside the renderer', () => {
    const { index, root, asset, outside, missing } = r.served
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY })
    expect(index.head).toMatch(/^<!doctype html>/i)
    expect(root).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', size: index.size })
    expect(asset.path).toMatch(/^assets\/index-[\w-]{6,}\.js$/)
    expect(asset).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', csp: CONTENT_SECURITY_POLICY, size: asset.expectedSize })
    expect(outside.status).toBe(404)
    expect(missing.status).toBe(404)
    expect(r.log.map((e) => e.what)).not.toContain('net.fetch')
  })

  it('keeps the request filter strict: the app passes, file:// and the web are cancelled', () => {
    expect(r.requestFilter).toEqual({ app: false, file: true, https: true })
  })

  it('answers IPC from its own frame through the real handlers and databases, with envelopes', () => {
    expect([...r.ipc.channels].sort()).toEqual([...CHANNELS].sort())
    expect(r.ipc.meta).toMatchObject({ ok: true, value: { counts: { treatments: expect.any(Number) } } })
    expect(r.ipc.treatments.ok).toBe(true)
    expect(r.ipc.treatments.count).toBeGreaterThan(0)
    expect(r.ipc.status).toMatchObject({ ok: true, value: { folder: dir, recovery: null, fileDialogs: true } })
    expect(r.ipc.saved).toMatchObject({ ok: true, value: { body: 'A note written by the boot test.' } })
    expect(r.ipc.badArgs).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } })
  })

  it('refuses a sender from a foreign frame', () => {
    expect(r.ipc.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/not the handbook/) } })
  })

  it('closes both databases when the app quits', () => {
    expect(r.databases.openBeforeQuit.sort()).toEqual([join(ROOT, 'resources/handbook.db'), join(dir, 'user.db')].sort())
    expect(r.databases.openAfterQuit).toEqual([])
  })
})

describe('the built preload in a bare sandbox', () => {
  it('requires nothing but electron and exposes exactly the contract’s channels as window.handbook', async () => {
    const exposed = new Map<string, unknown>()
    const invoked: { channel: string; args: unknown }[] = []
    const required: string[] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (channel: string, args: unknown) => {
          invoked.push({ channel, args })
          return { ok: true, value: channel }
        },
      },
    }
    const module = { exports: {} }
    const requireFake = (name: string) => {
      required.push(name)
      if (name === 'electron') return electron
      throw new Error(`a sandboxed preload cannot require "${name}"`)
    }
    runInNewContext(readFileSync(PRELOAD, 'utf8'), { require: requireFake, module, exports: module.exports }, { filename: PRELOAD })

    expect([...new Set(required)]).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['handbook'])
    const api = exposed.get('handbook') as Record<string, Record<string, (args?: unknown) => Promise<unknown>>>
    const exposedChannels = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}/${verb}`))
    expect(exposedChannels.sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      const [domain, verb] = channel.split('/') as [string, string]
      expect(await api[domain]![verb]!({ probe: channel })).toEqual({ ok: true, value: channel })
    }
    expect(invoked.map((c) => c.channel)).toEqual([...CHANNELS])
    expect(invoked.every((c) => (c.args as { probe: string }).probe === c.channel)).toBe(true)
  })
})
