import { vi } from 'vitest'

/** A recording stand-in for the parts of Electron the glue touches. */
export function electronMock() {
  const created: { options: Record<string, unknown> }[] = []
  const handles = new Map<string, (event: unknown, args: unknown) => unknown>()
  const openExternal = vi.fn(async () => {})
  class BrowserWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    constructor(options: Record<string, unknown>) {
      created.push({ options })
    }
    once = vi.fn()
    loadURL = vi.fn(async () => {})
  }
  return {
    created,
    handles,
    openExternal,
    module: {
      app: { isPackaged: true, getAppPath: () => '/app' },
      shell: { openExternal },
      nativeTheme: { shouldUseDarkColors: false },
      BrowserWindow,
      ipcMain: { handle: (channel: string, fn: (event: unknown, args: unknown) => unknown) => handles.set(channel, fn) },
    },
  }
}
