import { execFileSync } from 'node:child_process'

/** Runs a poppler tool, saying how to install it when it is missing. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils) to check printed PDFs.`)
    throw e
  }
}

/** The PDF's text with line breaks and ligatures undone, so a sentence wrapped across lines still matches. */
export const pdfText = (path: string) => poppler('pdftotext', [path, '-']).normalize('NFKC').replace(/\s+/g, ' ').trim()
export const pdfInfo = (path: string) => poppler('pdfinfo', [path])
export const pageCount = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(path))![1])
