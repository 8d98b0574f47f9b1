import { beforeEach, describe, expect, it, vi } from 'vitest'
import { HandbookError } from '../../src-main/core/handbook-error'
import { SHEET_READY_SCRIPT } from '../../src-main/core/sheet-ready'
import { secureWebPreferences } from '../../src-main/security/policy'

/** A hidden window whose sheet signals when the test says so. */
class FakeWindow {
  static all: FakeWindow[] = []
  destroyed = false
  loaded?: string
  signal!: (state: { state: string; message: string }) => void
  webContents = {
    executeJavaScript: vi.fn((script: string) => {
      expect(script).toBe(SHEET_READY_SCRIPT)
      return new Promise((resolve) => (this.signal = resolve))
    }),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')),
    print: vi.fn((_opts: unknown, done: (success: boolean, reason: string) => void) => done(true, '')),
  }
  constructor(readonly options: Record<string, unknown>) {
    FakeWindow.all.push(this)
  }
  loadURL = vi.fn(async (url: string) => {
    this.loaded = url
  })
  destroy = vi.fn(() => (this.destroyed = true))
}

const showSaveDialog = vi.fn()
vi.mock('electron', () => ({
  app: { getPath: () => '/home/ana/Documents' },
  BrowserWindow: FakeWindow,
  dialog: { showSaveDialog: (...args: unknown[]) => showSaveDialog(...args) },
}))

const { electronHandoutPrinter, handoutUrl } = await import('../../src-main/print')
const printer = electronHandoutPrinter({ preload: '/app/out/preload/index.cjs', getWindow: () => undefined })
const request = { slugs: ['glycolic-acid-peel', 'dermapen'], clientName: 'Ana Díaz' }

/** Lets pending promise callbacks run, so the test sees what the glue does next. */
const settle = () => new Promise((r) => setImmediate(r))

beforeEach(() => {
  FakeWindow.all = []
  showSaveDialog.mockReset()
})

describe('the hidden print window', () => {
  it('is hidden and has the same secure preferences as the main window', async () => {
    const pdf = printer.renderPdf(request, 'a4')
    await settle()
    FakeWindow.all[0]!.signal({ state: 'true', message: '' })
    await pdf
    expect(FakeWindow.all[0]!.options.show).toBe(false)
    expect(FakeWindow.all[0]!.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'))
  })

  it('loads the handout route of the app itself with the whole request', async () => {
    const pdf = printer.renderPdf(request, 'letter')
    await settle()
    FakeWindow.all[0]!.signal({ state: 'true', message: '' })
    await pdf
    const url = new URL(FakeWindow.all[0]!.loaded!)
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe('app://handbook/index.html')
    const query = new URLSearchParams(url.hash.replace(/^#\/handout\?/, ''))
    expect(Object.fromEntries(query)).toEqual({ t: 'glycolic-acid-peel,dermapen', paper: 'letter', client: 'Ana Díaz' })
    expect(handoutUrl(request, 'a4', 'http://localhost:5173/')).toMatch(/^http:\/\/localhost:5173\/#\/handout\?t=/)
  })

  it('prints only after the sheet signals ready, on the chosen paper, then closes the window', async () => {
    const pdf = printer.renderPdf(request, 'letter')
    await settle()
    const win = FakeWindow.all[0]!
    await settle()
    expect(win.webContents.printToPDF).not.toHaveBeenCalled()
    win.signal({ state: 'true', message: '' })
    expect(await pdf).toEqual(Buffer.from('%PDF-1.7'))
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true })
    expect(win.destroyed).toBe(true)
  })

  it('reports a sheet that failed, prints nothing and still closes the window', async () => {
    const pdf = printer.renderPdf(request, 'a4')
    await settle()
    const win = FakeWindow.all[0]!
    win.signal({ state: 'error', message: 'No treatment "dermapen"' })
    await expect(pdf).rejects.toThrow(HandbookError)
    await expect(pdf).rejects.toMatchObject({ code: 'PRINT_FAILED', message: expect.stringContaining('No treatment "dermapen"') })
    expect(win.webContents.printToPDF).not.toHaveBeenCalled()
    expect(win.destroyed).toBe(true)
  })

  it('opens the system print dialog once ready and tells a cancel from a failure', async () => {
    const printed = printer.print(request, 'a4')
    await settle()
    FakeWindow.all[0]!.signal({ state: 'true', message: '' })
    expect(await printed).toBe(true)
    expect(FakeWindow.all[0]!.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true, pageSize: 'A4' }, expect.any(Function))

    for (const [reason, outcome] of [
      ['cancelled', false],
      ['Print job failed', 'PRINT_FAILED'],
    ] as const) {
      const next = printer.print(request, 'a4')
      await settle()
      const win = FakeWindow.all.at(-1)!
      win.webContents.print.mockImplementationOnce((_o, done) => done(false, reason))
      win.signal({ state: 'true', message: '' })
      if (outcome === false) expect(await next).toBe(false)
      else await expect(next).rejects.toMatchObject({ code: outcome })
      expect(win.destroyed).toBe(true)
    }
  })
})

describe('the save dialog', () => {
  it('suggests the handout’s name in Documents and keeps a .pdf extension', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ana/Documents/plan' })
    expect(await printer.chooseSavePath('Handout - Treatment plan.pdf')).toBe('/home/ana/Documents/plan.pdf')
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: '/home/ana/Documents/Handout - Treatment plan.pdf',
      filters: [{ extensions: ['pdf'] }],
    })
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await printer.chooseSavePath('x.pdf')).toBeNull()
  })
})
