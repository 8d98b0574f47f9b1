// The browser preview: the real renderer, handlers and knowledge base over
// HTTP on loopback, for machines where Electron cannot start (tests, CI).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import { dispatch } from '../api/dispatch'
import { createHandlerContext, type HandlerContext } from '../api/handlers/context'
import { handlers } from '../api/handlers'
import { mimeTypeOf, resolveStaticPath } from '../core/static-path'
import { EXPORT_MAX_BYTES } from '../core/user-data/limits'
import { CONTENT_SECURITY_POLICY } from '../security/policy'

export const TOKEN_HEADER = 'x-handbook-token'
export const TOKEN_META = 'handbook-preview-token'
/**
 * Room for the largest export file inside a JSON call: re-encoding JSON text as a JSON
 * string at most doubles it (a quote, backslash or line break becomes two bytes).
 */
export const MAX_BODY_BYTES = 2 * EXPORT_MAX_BYTES + 64 * 1024

export interface PreviewOptions {
  rendererDir: string
  kbPath: string
  /** Where user.db and its backups live; without it, notes and settings are unavailable. */
  dataDir?: string
  port?: number
}

export interface PreviewServer {
  url: string
  token: string
  ctx: HandlerContext
  close(): Promise<void>
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type })
  res.end(body)
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** What the request handlers share: where the files are, this run's token and context, and the one origin it answers at. */
interface Served {
  rendererDir: string
  token: string
  ctx: HandlerContext
  origin: string
  hosts: string[]
}

export async function startPreviewServer(opts: PreviewOptions): Promise<PreviewServer> {
  const s: Served = {
    rendererDir: opts.rendererDir,
    token: randomBytes(24).toString('hex'),
    ctx: createHandlerContext({ kbPath: opts.kbPath, userDataDir: opts.dataDir }),
    origin: '',
    hosts: [],
  }
  const server = createServer((req, res) => {
    void handle(s, req, res).catch((e) => {
      console.error('[preview]', e)
      if (!res.headersSent) send(res, 500, 'Internal error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  s.origin = `http://127.0.0.1:${port}`
  s.hosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  return {
    url: `${s.origin}/`,
    token: s.token,
    ctx: s.ctx,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          s.ctx.close()
          resolve()
        })
      }),
  }
}

async function handle(s: Served, req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? '/').split('?')[0]!
  if (req.headers.host !== s.hosts[0]) return refuseOtherHost(s, req, res, path)
  if (path.startsWith('/api/')) return handleApi(s, req, res, path.slice('/api/'.length))
  return serveFile(s, req, res, path)
}

function refuseOtherHost(s: Served, req: IncomingMessage, res: ServerResponse, path: string) {
  // A page on another site may resolve a name to 127.0.0.1 (DNS rebinding): answer only our own host names.
  if (!s.hosts.includes(req.headers.host ?? '')) return send(res, 403, 'Wrong host')
  // localhost is the same machine but another origin, whose API calls the origin check refuses: send the page to the one origin that works.
  if (!path.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(308, { ...SECURITY_HEADERS, Location: `${s.origin}${req.url ?? '/'}`, 'Content-Type': 'text/plain; charset=utf-8' })
    return res.end(`The preview lives at ${s.origin}/`)
  }
  return send(res, 403, `The preview answers only at ${s.origin}/ (not localhost): open that address instead.`)
}

/** The renderer's files; the page itself carries this run's token for its API calls. */
async function serveFile(s: Served, req: IncomingMessage, res: ServerResponse, path: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed')
  const file = resolveStaticPath(s.rendererDir, path)
  if (!file) return send(res, 404, 'Not found')
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return send(res, 404, 'Not found')
  let body: Buffer | string = await readFile(file)
  if (extname(file) === '.html') {
    body = body.toString('utf8').replace('<head>', `<head>\n    <meta name="${TOKEN_META}" content="${s.token}">`)
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) })
  res.end(req.method === 'HEAD' ? undefined : body)
}

async function handleApi(s: Served, req: IncomingMessage, res: ServerResponse, channel: string) {
  if (req.method !== 'POST') return send(res, 405, 'Method not allowed')
  if (req.headers.origin !== s.origin) return send(res, 403, 'Foreign origin')
  if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, s.token)) return send(res, 401, 'Missing or wrong token')
  if ((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') return send(res, 415, 'Expected JSON')
  const raw = await readBody(req)
  if (raw === null) {
    // Stop reading the rest of an oversized body and drop the connection instead of draining it.
    res.setHeader('Connection', 'close')
    send(res, 413, 'Body too large')
    req.destroy()
    return
  }
  let args: unknown
  try {
    args = raw.length ? JSON.parse(raw) : {}
  } catch {
    return send(res, 400, 'Body is not JSON')
  }
  // A malformed escape names no channel; dispatch answers UNKNOWN_CHANNEL for it like for any other unknown name.
  let name: string
  try {
    name = decodeURIComponent(channel)
  } catch {
    name = channel
  }
  const envelope = await dispatch(handlers, s.ctx, name, args)
  send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8')
}
