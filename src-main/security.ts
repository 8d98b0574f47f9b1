import { app, shell, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security/policy'

/** The electron-vite dev server in development; undefined in a packaged app, which loads only app://. */
export const devServerUrl = () => (app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL)

/** Opens a vetted https link in the system browser; everything else is dropped. */
export function openExternalSafely(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

/** Deny every permission, block every request that is not the app's own, and send the CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl()) || details.url.startsWith('devtools://') || (!!devServerUrl() && details.url.startsWith('ws://localhost'))
    callback({ cancel: !allowed })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}

/** No navigation, no new windows, no webviews, for every web contents the app ever creates. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl()) || url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl())) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url)
    return { action: 'deny' }
  })
}
