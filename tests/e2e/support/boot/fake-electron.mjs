// A recording stand-in for the Electron main-process API, strict about the
// order Electron documents: schemes are registered before 'ready'; protocol
// handlers, sessions and windows exist only after it. Every call is logged.
import { EventEmitter } from 'node:events'

const state = (globalThis.__bootElectron ??= { log: [], ready: false, handlers: new Map(), protocols: new Map(), windows: [], privileged: [] })
const log = (what, detail) => state.log.push({ what, ready: state.ready, ...(detail === undefined ? {} : { detail }) })
const mustBeReady = (what) => {
  if (!state.ready) throw new Error(`${what} was used before the app was ready`)
}

class FakeApp extends EventEmitter {
  isPackaged = false
  #readyResolve
  #whenReady = new Promise((r) => (this.#readyResolve = r))
  constructor(root, userData) {
    super()
    this.root = root
    this.userData = userData
  }
  requestSingleInstanceLock() {
    log('app.requestSingleInstanceLock')
    return true
  }
  whenReady() {
    return this.#whenReady
  }
  isReady() {
    return state.ready
  }
  getAppPath() {
    return state.appRoot
  }
  getPath(name) {
    log('app.getPath', name)
    if (name === 'userData') return state.userData
    return state.userData + '/' + name
  }
  quit() {
    log('app.quit')
  }
  /** Test side: fire 'ready' as Electron does. */
  becomeReady() {
    state.ready = true
    log('ready')
    this.emit('ready')
    this.#readyResolve()
  }
}
export const app = new FakeApp()

export const protocol = {
  registerSchemesAsPrivileged(list) {
    log('protocol.registerSchemesAsPrivileged', list)
    if (state.ready) throw new Error('registerSchemesAsPrivileged can only be called before the app is ready')
    state.privileged.push(...list)
  },
  handle(scheme, handler) {
    log('protocol.handle', scheme)
    mustBeReady('protocol.handle')
    state.protocols.set(scheme, handler)
  },
}

export const net = {
  fetch(url) {
    log('net.fetch', String(url))
    throw new Error('net.fetch is not available in the boot test')
  },
}

class FakeWebRequest {
  onBeforeRequest(fn) {
    state.beforeRequest = fn
  }
  onHeadersReceived(fn) {
    state.headersReceived = fn
  }
}
const defaultSession = {
  webRequest: new FakeWebRequest(),
  setPermissionRequestHandler: (fn) => (state.permissionRequest = fn),
  setPermissionCheckHandler: (fn) => (state.permissionCheck = fn),
  setDevicePermissionHandler: (fn) => (state.devicePermission = fn),
}
export const session = {
  get defaultSession() {
    mustBeReady('session.defaultSession')
    return defaultSession
  },
}

class FakeWebContents extends EventEmitter {
  constructor() {
    super()
    this.url = ''
  }
  setWindowOpenHandler(fn) {
    this.openHandler = fn
  }
  getURL() {
    return this.url
  }
  executeJavaScript() {
    return Promise.resolve(undefined)
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    mustBeReady('new BrowserWindow')
    log('new BrowserWindow', options)
    this.options = options
    this.webContents = new FakeWebContents()
    this.loaded = []
    state.windows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  loadURL(url) {
    log('BrowserWindow.loadURL', url)
    this.loaded.push(url)
    this.webContents.url = url
    return Promise.resolve()
  }
  isMinimized() {
    return false
  }
  restore() {}
  focus() {}
  show() {}
  close() {
    this.emit('closed')
  }
  isDestroyed() {
    return false
  }
  static getAllWindows() {
    return state.windows
  }
}

export const ipcMain = {
  handle(channel, fn) {
    if (state.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    state.handlers.set(channel, fn)
  },
}

export const Menu = {
  buildFromTemplate(template) {
    return { template }
  },
  setApplicationMenu(menu) {
    log('Menu.setApplicationMenu', menu.template.length)
  },
}

export const nativeTheme = { shouldUseDarkColors: false }
export const shell = { openExternal: async (url) => log('shell.openExternal', url) }
export const dialog = {
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
}
export const contextBridge = undefined
export const ipcRenderer = undefined
export default { app, protocol, net, session, BrowserWindow, ipcMain, Menu, nativeTheme, shell, dialog }
