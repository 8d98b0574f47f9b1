import { app, session, type BrowserWindow } from 'electron'
import { existsSync } from 'node:fs'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { chooseNativeBinding } from './core/native-binding'
import { createHandlerContext } from './api/handlers/context'
import { electronFileDialogs } from './file-dialogs'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { electronHandoutPrinter } from './print'
import { resourcePaths } from './paths'
import { devServerUrl as devServer, guardWebContents, hardenSession } from './security'
import { createMainWindow } from './window'

if (!app.requestSingleInstanceLock()) app.quit()
registerAppScheme()
app.on('web-contents-created', (_e, contents) => guardWebContents(contents))

let win: BrowserWindow | undefined
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore()
  win?.focus()
})

void app.whenReady().then(() => {
  const paths = resourcePaths()
  const devServerUrl = devServer()
  const binding = chooseNativeBinding(
    {
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appRoot: app.getAppPath(),
    },
    existsSync,
  )
  // A missing engine or knowledge base still opens the window: the renderer shows the error screen with the fix.
  const ctx = createHandlerContext({
    kbPath: paths.kb,
    nativeBinding: binding.kind === 'electron' ? binding.path : undefined,
    engineMissing: binding.kind === 'missing' ? `The database engine for this Electron version is missing (${binding.path}). ${binding.fix}` : undefined,
    userDataDir: app.getPath('userData'),
    files: electronFileDialogs(() => win),
    printer: electronHandoutPrinter({ preload: paths.preload, devServerUrl, getWindow: () => win }),
  })
  hardenSession(session.defaultSession)
  serveRenderer(paths.renderer)
  registerIpc(ctx, devServerUrl)
  installMenu(() => win)
  win = createMainWindow(paths.preload, devServerUrl)
  // After the windows have closed, so a note the renderer flushes while closing is written before the databases close.
  app.on('will-quit', () => ctx.close())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
