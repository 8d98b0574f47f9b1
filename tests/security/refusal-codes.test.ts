// The same refusal gets the same code from both bridges. The desktop path is the
// real preload's window.handbook over a stand-in for IPC that stamps the sender
// frame, into the real registerIpc; the preview path is the real fetch bridge
// against a running preview server. Both share one handler context and the
// renderer's API client reads the answers, so the codes compared are the ones a view sees.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { HandbookBridge } from '../../src-main/api/handbook-api'
import { MAX_BODY_BYTES, startPreviewServer, type PreviewServer } from '../../src-main/preview/server'
import { APP_ORIGIN } from '../../src-main/security/policy'
import { ApiError, createApi, type HandbookApi } from '../../src-renderer/src/api/client'
import { createFetchBridge } from '../../src-renderer/src/api/fetch-bridge'
import { electronMock } from './electron-mock'
import { ROOT } from './support/source-files'

const base = electronMock()
const exposed = new Map<string, unknown>()
let senderUrl = ''
const invoke = vi.fn(async (channel: string, args: unknown) => base.handles.get(channel)!({ senderFrame: { url: senderUrl } }, args))
vi.mock('electron', () => ({
  ...base.module,
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}))

const { registerIpc } = await import('../../src-main/ipc')
await import('../../src-main/preload/index')

const FOREIGN = 'https://evil.example'
let dir: string
let server: PreviewServer
const realFetch = globalThis.fetch

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-refusals-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>app</title>')
  copyFileSync(join(ROOT, 'resources/handbook.db'), join(dir, 'handbook.db'))
  server = await startPreviewServer({ rendererDir: join(dir, 'renderer'), kbPath: join(dir, 'handbook.db'), dataDir: join(dir, 'user') })
  registerIpc(server.ctx)
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The desktop app's API as a page loaded from `page` sees it. */
function desktop(page: string): HandbookApi {
  senderUrl = page
  return createApi(exposed.get('handbook') as HandbookBridge)
}

/** The preview's API as a page at `origin` holding `token` sees it (the browser sets Origin; Node's fetch does not). */
function preview(origin: string, token = server.token): HandbookApi {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) =>
    realFetch(url, { ...init, keepalive: false, headers: { ...(init.headers as Record<string, string>), Origin: origin } }),
  )
  return createApi(createFetchBridge(token, `${server.url.replace(/\/?$/, '/')}api/`))
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ApiError ? e.code : `not an ApiError: ${String(e)}`),
  )

describe('the desktop and preview bridges refuse alike', () => {
  it('both answer the handbook itself (the control: neither refuses everything)', async () => {
    const a = await desktop(`${APP_ORIGIN}/index.html`).meta.get({})
    const b = await preview(new URL(server.url).origin).meta.get({})
    expect(a).toEqual(b)
  })

  it('a call from a page that is not the handbook is FORBIDDEN on both, not BAD_ARGUMENTS or INTERNAL', async () => {
    expect(await codeOf(desktop(`${FOREIGN}/`).meta.get({}))).toBe('FORBIDDEN')
    expect(await codeOf(preview(FOREIGN).meta.get({}))).toBe('FORBIDDEN')
  })

  it("the preview's own page with a stale token is FORBIDDEN", async () => {
    expect(await codeOf(preview(new URL(server.url).origin, 'stale-token').meta.get({}))).toBe('FORBIDDEN')
  })

  it('arguments too large are BAD_ARGUMENTS on both (schema limit on the desktop, 413 in the preview)', async () => {
    const q = 'x'.repeat(MAX_BODY_BYTES + 1)
    expect(await codeOf(desktop(`${APP_ORIGIN}/index.html`).search.query({ q }))).toBe('BAD_ARGUMENTS')
    expect(await codeOf(preview(new URL(server.url).origin).search.query({ q }))).toBe('BAD_ARGUMENTS')
  })

  it('a call the contract does not name is UNKNOWN_CHANNEL on both', async () => {
    const call = (api: HandbookApi) => (api as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>).secrets!.dump!({})
    expect(await codeOf(call(desktop(`${APP_ORIGIN}/index.html`)))).toBe('UNKNOWN_CHANNEL')
    expect(await codeOf(call(preview(new URL(server.url).origin)))).toBe('UNKNOWN_CHANNEL')
  })
})
