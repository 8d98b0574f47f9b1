import { extname, resolve, sep } from 'node:path'

/**
 * Maps a URL path to a file inside root, or null when it would leave root.
 * Decodes once (a double-encoded "%252e%252e" stays literal and harmless),
 * and refuses NUL bytes, backslashes and any ".." segment outright.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s.length > 0)
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:$/.test(s))) return null
  const base = resolve(root)
  const full = resolve(base, ...(segments.length ? segments : ['index.html']))
  return full === base || full.startsWith(base + sep) ? full : null
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The Content-Type both the app:// protocol and the preview server send for a renderer file. */
export const mimeTypeOf = (file: string) => MIME_TYPES[extname(file)] ?? 'application/octet-stream'
