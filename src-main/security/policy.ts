// Electron-free security rules, shared by the Electron glue, the browser
// preview and the tests that pin them.

/** The renderer's own origin inside Electron: a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'handbook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** No remote origin anywhere: everything the renderer loads or calls is its own. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The same policy for a <meta> tag, which ignores frame-ancestors. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'$/, '')

export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/**
 * Links the practitioner may open in the system browser (reference sources):
 * https only, no credentials, no local or private hosts.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false
  const host = url.hostname.toLowerCase()
  // "localhost." and "printer.local." name the same machines as without the dot, and an empty label is no public name:
  // a host must be two or more non-empty labels, outside the names reserved for this machine and the local network.
  const labels = host.split('.')
  if (labels.length < 2 || labels.some((l) => l.length === 0)) return false
  const tld = labels.at(-1)!
  if (['localhost', 'local', 'internal', 'lan', 'home', 'corp', 'intranet', 'test', 'invalid', 'example'].includes(tld) || host.endsWith('.home.arpa'))
    return false
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return false // bare IP addresses
  return raw.length <= 2048
}

/** The window's webPreferences, pinned by tests/security. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click fires auxclick, which can open a link in a new window; the window-open guard denies it too.
    disableBlinkFeatures: 'Auxclick',
  } as const
}
