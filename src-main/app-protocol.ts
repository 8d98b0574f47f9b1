import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { mimeTypeOf, resolveStaticPath } from './core/static-path'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security/policy'

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer from app://handbook/, confined to its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    // A missing file rejects the fetch; the renderer gets a plain 404 instead of a failed protocol handler.
    const res = await net.fetch(pathToFileURL(file).toString()).catch(() => null)
    if (!res?.ok) return new Response('Not found', { status: 404 })
    const headers = new Headers(res.headers)
    headers.set('Content-Type', mimeTypeOf(file))
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return new Response(res.body, { status: res.status, headers })
  })
}
