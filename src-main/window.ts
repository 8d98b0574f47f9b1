import { BrowserWindow, nativeTheme } from 'electron'
import { APP_ORIGIN, secureWebPreferences } from './security/policy'

export function createMainWindow(preload: string, devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Skin Rejuvenation Handbook',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181c' : '#f7f6f3',
    webPreferences: secureWebPreferences(preload),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}
