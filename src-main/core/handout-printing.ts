// Printing and saving a handout, without Electron: the desktop app supplies a
// HandoutPrinter (a hidden window and the system dialogs, src-main/print.ts);
// this decides the order of things and what the practitioner is told.
import { HandbookError } from './handbook-error'
import type { HandoutRequest, PaperSize } from './handout-options'
import { writeFileSafely } from './safe-write'

export interface HandoutPrinter {
  /** Asks where to save, suggesting a file name; null when the practitioner cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  /** Renders the handout route to PDF bytes once the sheet says it is ready. */
  renderPdf(request: HandoutRequest, paper: PaperSize): Promise<Uint8Array>
  /** Opens the system print dialog for the handout; false when the practitioner cancels. */
  print(request: HandoutRequest, paper: PaperSize): Promise<boolean>
}

export function needPrinter(printer: HandoutPrinter | undefined, what: string): HandoutPrinter {
  if (!printer) {
    throw new HandbookError(
      'NOT_AVAILABLE',
      `${what} is not available in the browser preview. Use the browser's Print instead, and choose "Save as PDF" as the printer to keep a file.`,
    )
  }
  return printer
}

/**
 * Renders while the save dialog is open, so the file is written the moment a
 * place is chosen. A cancelled dialog writes nothing; a failed write keeps
 * whatever file was there and says why (see writeFileSafely).
 */
export async function saveHandoutPdf(
  printer: HandoutPrinter,
  request: HandoutRequest,
  paper: PaperSize,
  fileName: string,
  write: (path: string, bytes: Uint8Array) => Promise<void> = writeFileSafely,
): Promise<{ saved: true; path: string } | { saved: false }> {
  const rendering = printer.renderPdf(request, paper)
  rendering.catch(() => undefined) // awaited below; a cancelled dialog must not leave it unhandled
  const path = await printer.chooseSavePath(fileName)
  if (!path) return { saved: false }
  const bytes = await rendering
  await write(path, bytes)
  return { saved: true, path }
}
