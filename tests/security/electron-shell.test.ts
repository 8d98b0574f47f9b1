import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src-main/api/contract'
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl, secureWebPreferences } from '../../src-main/security/policy'
import { electronMock } from './electron-mock'

const mock = electronMock()
vi.mock('electron', () => mock.module)

const { createMainWindow } = await import('../../src-main/window')
const { guardWebContents, hardenSession } = await import('../../src-main/security')
const { registerIpc } = await import('../../src-main/ipc')

type Listener = (...args: unknown[]) => unknown

function fakeContents(url = 'app://handbook/index.html') {
  const listeners = new Map<string, Listener>()
  let openHandler: Listener | undefined
  return {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    getURL: () => url,
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    fire: (name: string, url: string) => {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open: (url: string) => openHandler?.({ url }),
  }
}

beforeEach(() => mock.openExternal.mockClear())

describe('the window', () => {
  it('is created with context isolation, the sandbox, no node integration and web security', () => {
    createMainWindow('/app/out/preload/index.cjs')
    const prefs = mock.created.at(-1)!.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false })
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'))
  })
})

describe('navigation and new windows', () => {
  it('denies navigation away from the app, including to file:// and other schemes', () => {
    const wc = fakeContents()
    guardWebContents(wc as never)
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1:8080/', 'javascript:alert(1)', 'app://other/index.html'])
      expect(wc.fire('will-navigate', url), url).toBe(true)
    expect(wc.fire('will-redirect', 'https://evil.example/')).toBe(true)
  })

  it('denies every window.open and sends only vetted https links to the system browser', () => {
    const wc = fakeContents()
    guardWebContents(wc as never)
    expect(wc.open('https://pubmed.ncbi.nlm.nih.gov/123/')).toEqual({ action: 'deny' })
    expect(mock.openExternal).toHaveBeenCalledWith('https://pubmed.ncbi.nlm.nih.gov/123/')
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'https://localhost/', 'https://127.0.0.1/', 'https://user:pw@example.com/', 'smb://share/x', 'javascript:alert(1)']) {
      mock.openExternal.mockClear()
      expect(wc.open(url)).toEqual({ action: 'deny' })
      expect(mock.openExternal, url).not.toHaveBeenCalled()
    }
  })

  it('vets external links as https with a public host name', () => {
    expect(isSafeExternalUrl('https://www.ncbi.nlm.nih.gov/books/NBK1/')).toBe(true)
    expect(isSafeExternalUrl('https://[::1]/')).toBe(false)
    expect(isSafeExternalUrl('https://intranet/')).toBe(false)
  })
})

describe('the session', () => {
  function hardened() {
    const s = {
      permission: undefined as Listener | undefined,
      check: undefined as Listener | undefined,
      before: undefined as Listener | undefined,
      headers: undefined as Listener | undefined,
      setPermissionRequestHandler: (fn: Listener) => (s.permission = fn),
      setPermissionCheckHandler: (fn: Listener) => (s.check = fn),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: (fn: Listener) => (s.before = fn), onHeadersReceived: (fn: Listener) => (s.headers = fn) },
    }
    hardenSession(s as never)
    return s
  }

  it('denies every permission request and check', () => {
    const s = hardened()
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn()
      s.permission!({}, p, cb)
      expect(cb).toHaveBeenCalledWith(false)
    }
    expect(s.check!()).toBe(false)
  })

  it('cancels every request that is not the app’s own', () => {
    const s = hardened()
    const verdict = (url: string) => {
      let cancel: boolean | undefined
      s.before!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel))
      return cancel
    }
    expect(verdict('app://handbook/assets/index.js')).toBe(false)
    for (const url of ['https://fonts.googleapis.com/css', 'http://example.com/', 'wss://x.example/', 'file:///etc/passwd']) expect(verdict(url), url).toBe(true)
  })

  it('sends the strict CSP on every response', () => {
    const s = hardened()
    let headers: Record<string, string[]> = {}
    s.headers!({ responseHeaders: { 'X-Test': ['1'] } }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders))
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
  })
})

describe('the content security policy', () => {
  it('allows no remote origin, no inline script or style and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval|wasm-unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('is also in the built index.html as a meta tag', () => {
    const html = readFileSync(join(import.meta.dirname, '../../out/renderer/index.html'), 'utf8')
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"')
    expect(html).not.toContain('unsafe-inline')
  })
})

describe('IPC', () => {
  it('binds every channel of the contract and nothing else', () => {
    registerIpc({ kb: () => { throw new Error('not used') }, user: () => Promise.reject(new Error('not used')), close: () => {} })
    expect([...mock.handles.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('refuses a call from a frame that is not the app', async () => {
    const handler = mock.handles.get('meta/get')!
    const r = await handler({ senderFrame: { url: 'https://evil.example/' } }, {})
    expect(r).toMatchObject({ ok: false })
  })

  it('validates arguments from the app before the core runs', async () => {
    const handler = mock.handles.get('treatment/get')!
    const r = await handler({ senderFrame: { url: 'app://handbook/index.html' } }, { slug: { $gt: '' } })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } })
  })
})
