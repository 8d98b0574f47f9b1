import { protocol } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { mimeTypeOf, resolveStaticPath } from './core/static-path'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security/policy'

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } })

/**
 * Serves the built renderer from app://handbook/, confined to its folder.
 * The files are read here with fs (which also reads inside the asar), never
 * fetched as file:// URLs through Electron's net module: the session's request
 * filter cancels every file:// request, and Electron documents that such
 * fetches pass through it (a blank window, hidden today only by an Electron bug).
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null
    if (!file) return notFound()
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return notFound()
    const body = await readFile(file).catch(() => null)
    if (!body) return notFound()
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { 'Content-Type': mimeTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    })
  })
}
