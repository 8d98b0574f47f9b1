import { HandbookError } from '../../core/handbook-error'
import type { HandoutPrinter } from '../../core/handout-printing'
import { openKnowledgeBase, type KnowledgeBase } from '../../core/knowledge-base'
import { openUserDb, type UserDb } from '../../core/user-data/open-user-db'

/** The system's file dialogs, which only the desktop app has; the browser preview downloads and uploads instead. */
export interface FileDialogs {
  /** Asks where to save and writes the text there; null when the practitioner cancels. */
  saveText(suggestedName: string, text: string): Promise<string | null>
  /** Asks for a file and reads it; null when the practitioner cancels. */
  openText(): Promise<{ name: string; text: string } | null>
}

export interface HandlerContext {
  /** The open knowledge base; throws the HandbookError that explains why not. */
  kb(): KnowledgeBase
  /** The practitioner's notebook (user.db), opened on first use and, if damaged, recovered from a backup. */
  user(): Promise<UserDb>
  files?: FileDialogs
  /** The desktop app's handout printing (hidden window, print and save dialogs); absent in the browser preview. */
  printer?: HandoutPrinter
  /** The Electron build of the database engine, for opening other SQLite files (backup copies); undefined under Node. */
  nativeBinding?: string
  close(): void
}

export interface ContextOptions {
  kbPath: string
  nativeBinding?: string
  /** Set when the Electron build of the database engine is absent: every KB call explains it. */
  engineMissing?: string
  /** The folder of user.db and its backups: Electron's userData folder, or the preview's --data-dir. */
  userDataDir?: string
  files?: FileDialogs
  printer?: HandoutPrinter
}

/**
 * Opens the knowledge base on first use. A failure is not cached: once the
 * practitioner restores the file, the next call succeeds without a restart.
 */
export function createHandlerContext(opts: ContextOptions): HandlerContext {
  let kb: KnowledgeBase | undefined
  let user: Promise<UserDb> | undefined
  const closeUser = () => {
    void user?.then(
      (u) => u.close(),
      () => undefined,
    )
    user = undefined
  }
  async function openUser(): Promise<UserDb> {
    if (opts.engineMissing) throw new HandbookError('USER_DATA', opts.engineMissing)
    if (!opts.userDataDir) throw new HandbookError('USER_DATA', 'This session has no folder for notes and settings (start the preview with --data-dir).')
    // Failures are not cached either: the next call tries again.
    const pending = (user ??= openUserDb(opts.userDataDir, { nativeBinding: opts.nativeBinding }).catch((e: unknown) => {
      user = undefined
      throw e
    }))
    const u = await pending
    if (u.damaged) {
      // Found damaged during use: close it before the reopen moves it aside and restores a backup.
      if (user === pending) {
        u.close()
        user = undefined
      }
      return openUser()
    }
    u.backupIfDue().catch((e: unknown) => {
      // A copy cut short by closing the app is simply made next time.
      if (u.db.open) console.warn('[handbook] daily backup of user data failed:', e)
    })
    return u
  }
  return {
    user: openUser,
    files: opts.files,
    printer: opts.printer,
    nativeBinding: opts.nativeBinding,
    kb() {
      if (opts.engineMissing) throw new HandbookError('KB_CORRUPT', opts.engineMissing)
      kb ??= openKnowledgeBase(opts.kbPath, { nativeBinding: opts.nativeBinding })
      return kb
    },
    close() {
      kb?.close()
      kb = undefined
      closeUser()
    },
  }
}
