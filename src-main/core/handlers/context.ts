import { HandbookError } from '../handbook-error'
import type { HandoutPrinter } from '../handout-printing'
import { openKnowledgeBase, type KnowledgeBase } from '../knowledge-base'

export interface HandlerContext {
  /** The open knowledge base; throws the HandbookError that explains why not. */
  kb(): KnowledgeBase
  /** The desktop app's handout printing (hidden window, print and save dialogs); absent in the browser preview. */
  printer?: HandoutPrinter
  close(): void
}

export interface ContextOptions {
  kbPath: string
  nativeBinding?: string
  /** Set when the Electron build of the database engine is absent: every KB call explains it. */
  engineMissing?: string
  printer?: HandoutPrinter
}

/**
 * Opens the knowledge base on first use. A failure is not cached: once the
 * practitioner restores the file, the next call succeeds without a restart.
 */
export function createHandlerContext(opts: ContextOptions): HandlerContext {
  let kb: KnowledgeBase | undefined
  return {
    printer: opts.printer,
    kb() {
      if (opts.engineMissing) throw new HandbookError('KB_CORRUPT', opts.engineMissing)
      kb ??= openKnowledgeBase(opts.kbPath, { nativeBinding: opts.nativeBinding })
      return kb
    },
    close() {
      kb?.close()
      kb = undefined
    },
  }
}

export { HandbookError }
