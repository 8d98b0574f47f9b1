// The desktop app's handout printing: the /handout route in a hidden window
// with the app's own secure preferences, printed once the sheet signals that
// its data, fonts and logo are in place. No fixed sleeps: the wait ends on
// the sheet's signal, and the time limit only catches a sheet that never comes.
import { app, BrowserWindow, type WebContents } from 'electron'
import { join } from 'node:path'
import { HandbookError } from './core/handbook-error'
import { showSaveDialog } from './file-dialogs'
import { handoutQuery } from './core/handout-link'
import type { HandoutRequest, PaperSize } from './core/handout-options'
import type { HandoutPrinter } from './core/handout-printing'
import { SHEET_READY_SCRIPT, type SheetState } from './core/sheet-ready'
import { APP_ORIGIN, secureWebPreferences } from './security/policy'

/** Far beyond a normal render (well under a second); only a sheet that never signals reaches it. */
export const READY_LIMIT_MS = 20_000

const PAGE_SIZES: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' }

export function handoutUrl(request: HandoutRequest, paper: PaperSize, devServerUrl?: string): string {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`
  return `${base}#/handout?${new URLSearchParams(handoutQuery(request, paper)).toString()}`
}

async function waitForSheet(contents: WebContents): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new HandbookError('PRINT_FAILED', 'The handout did not finish preparing for printing. Nothing was printed or saved; please try again.')),
      READY_LIMIT_MS,
    )
  })
  try {
    const r = (await Promise.race([contents.executeJavaScript(SHEET_READY_SCRIPT, true), limit])) as SheetState
    if (r.state !== 'true')
      throw new HandbookError('PRINT_FAILED', `The handout could not be prepared: ${r.message || 'the sheet reported an error'}. Nothing was printed or saved.`)
  } finally {
    clearTimeout(timer)
  }
}

/** Opens the sheet in a hidden window, runs work on it once ready, and always closes the window. */
async function withSheet<T>(preload: string, url: string, work: (contents: WebContents) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: secureWebPreferences(preload) })
  try {
    try {
      await win.loadURL(url)
    } catch (e) {
      throw new HandbookError('PRINT_FAILED', `The handout page could not be opened for printing (${(e as Error).message}).`)
    }
    await waitForSheet(win.webContents)
    return await work(win.webContents)
  } finally {
    win.destroy()
  }
}

export function electronHandoutPrinter(opts: { preload: string; devServerUrl?: string; getWindow: () => BrowserWindow | undefined }): HandoutPrinter {
  return {
    async chooseSavePath(suggestedName) {
      const options = {
        title: 'Save the handout as PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      }
      const r = await showSaveDialog(opts.getWindow(), options)
      if (r.canceled || !r.filePath) return null
      return r.filePath.toLowerCase().endsWith('.pdf') ? r.filePath : `${r.filePath}.pdf`
    },

    renderPdf(request, paper) {
      return withSheet(opts.preload, handoutUrl(request, paper, opts.devServerUrl), async (contents) => {
        try {
          return await contents.printToPDF({ pageSize: PAGE_SIZES[paper], printBackground: true, preferCSSPageSize: true })
        } catch (e) {
          throw new HandbookError('PRINT_FAILED', `The PDF could not be made (${(e as Error).message}). Nothing was saved.`)
        }
      })
    },

    print(request, paper) {
      return withSheet(
        opts.preload,
        handoutUrl(request, paper, opts.devServerUrl),
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true, pageSize: PAGE_SIZES[paper] }, (success, failureReason) => {
              if (success) resolve(true)
              else if (/cancel/i.test(failureReason)) resolve(false)
              else
                reject(
                  new HandbookError(
                    'PRINT_FAILED',
                    `The printer reported a problem (${failureReason}). The handout is still open; try again or save it as a PDF.`,
                  ),
                )
            })
          }),
      )
    },
  }
}
