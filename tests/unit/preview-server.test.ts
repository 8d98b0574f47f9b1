import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMAT } from '../../src-main/core/user-data/export-format'
import { EXPORT_MAX_BYTES } from '../../src-main/core/user-data/limits'
import { USER_SCHEMA_VERSION } from '../../src-main/core/user-data/migrations'
import { MAX_BODY_BYTES, startPreviewServer, type PreviewServer } from '../../src-main/preview/server'
import { tempFolder } from '../support/user-data'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

// A stand-in renderer folder: this file tests the server, not the built page, so it runs without `npm run build`.
const RENDERER_DIR = mkdtempSync(join(tmpdir(), 'handbook-preview-renderer-'))
writeFileSync(
  join(RENDERER_DIR, 'index.html'),
  '<!doctype html><html><head><title>Skin Rejuvenation Handbook</title></head><body><div id="app"></div></body></html>',
)

let kb: FixtureKb
let server: PreviewServer
let origin: string
beforeAll(async () => {
  kb = fixtureKb()
  kb.compile()
  server = await startPreviewServer({ rendererDir: RENDERER_DIR, kbPath: kb.dbPath })
  origin = new URL(server.url).origin
})
afterAll(async () => {
  await server.close()
  kb.dispose()
  rmSync(RENDERER_DIR, { recursive: true, force: true })
})

/** Raw HTTP, so tests can send what a browser never would (bad paths, hosts, methods). */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  const url = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, agent: false }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

const api = (channel: string, headers: Record<string, string> = {}, body = '{}') =>
  raw({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { origin, 'x-handbook-token': server.token, 'content-type': 'application/json', ...headers },
    body,
  })

describe('browser preview server', () => {
  it('sends a page asked for at localhost to 127.0.0.1, and explains a localhost API call instead of a bare 403', async () => {
    const port = new URL(server.url).port
    const page = await raw({ path: '/index.html?x=1', headers: { host: `localhost:${port}` } })
    expect(page.status).toBe(308)
    const redirect = await new Promise<string | undefined>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `localhost:${port}` }, agent: false }, (res) => {
        res.resume()
        resolve(res.headers.location)
      })
        .on('error', reject)
        .end()
    })
    expect(redirect).toBe(`http://127.0.0.1:${port}/`)
    const call = await api('meta/get', { host: `localhost:${port}`, origin: `http://localhost:${port}` })
    expect(call.status).toBe(403)
    expect(call.body).toContain(`http://127.0.0.1:${port}/`)
  })

  it('answers a valid call through the same handlers', async () => {
    const r = await api('meta/get')
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { counts: { treatments: 2 } } })
  })

  it('gives a typed error for bad arguments', async () => {
    const r = await api('treatment/get', {}, JSON.stringify({ slug: 7 }))
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } })
  })

  it('refuses a call without the token, with a wrong token, or from a foreign origin', async () => {
    expect((await api('meta/get', { 'x-handbook-token': '' })).status).toBe(401)
    expect((await api('meta/get', { 'x-handbook-token': 'f'.repeat(48) })).status).toBe(401)
    expect((await api('meta/get', { origin: 'https://evil.example' })).status).toBe(403)
    expect((await api('meta/get', { origin: 'null' })).status).toBe(403)
  })

  it('refuses the wrong method, content type, malformed JSON and an oversized body', async () => {
    expect((await raw({ path: '/api/meta/get', headers: { origin, 'x-handbook-token': server.token } })).status).toBe(405)
    expect((await api('meta/get', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await api('meta/get', {}, '{oops')).status).toBe(400)
    expect((await api('meta/get', {}, JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) }))).status).toBe(413)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await raw({ path: '/', headers: { host: 'attacker.example' } })).status).toBe(403)
  })

  it('serves the app with its token and CSP, and nothing outside its folder', async () => {
    const page = await raw({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain(`content="${server.token}"`)
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/%252e%252e/package.json', '/..%5cpackage.json', '/etc/passwd'])
      expect((await raw({ path: p })).status, p).toBe(404)
  })

  it('listens on loopback only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1')
  })
})

describe('an import through the browser preview', () => {
  it('takes any file up to the export limit, whatever its quotes and line breaks cost in the request', async () => {
    const data = tempFolder()
    const preview = await startPreviewServer({ rendererDir: RENDERER_DIR, kbPath: kb.dbPath, dataDir: data.dir })
    try {
      const at = '2024-05-01T10:00:00.000Z'
      // Short notes full of quotes and line breaks: the worst case for a JSON file sent inside JSON.
      const body = '"a"\n'.repeat(2_000)
      const notes = Array.from({ length: 40 }, (_, i) => ({ slug: `note-${i}`, body, treatmentName: null, updatedAt: at }))
      const json = JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: USER_SCHEMA_VERSION, exportedAt: at, notes }, null, 2)
      const padded = json.replace('"notes"', `${'\n'.repeat(EXPORT_MAX_BYTES - Buffer.byteLength(json) - 8)}"notes"`)
      expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(EXPORT_MAX_BYTES)
      const request = JSON.stringify({ json: padded, mode: 'merge' })
      expect(Buffer.byteLength(request)).toBeGreaterThan(1.9 * EXPORT_MAX_BYTES)
      const res = await fetch(`${preview.url}api/userdata%2Fpreview-import`, {
        method: 'POST',
        headers: { origin: new URL(preview.url).origin, 'x-handbook-token': preview.token, 'content-type': 'application/json' },
        body: request,
      })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ ok: true, value: { notes: { added: expect.any(Array) } } })
    } finally {
      await preview.close()
      data.dispose()
    }
  })
})
