import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach } from 'vitest'
import type { ArgsOf, Channel, ResultOf } from '../../src-main/api/contract'
import { dispatch } from '../../src-main/api/dispatch'
import type { ErrorInfo } from '../../src-main/core/handbook-error'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { handlers } from '../../src-main/api/handlers'
import { openUserDb, type UserDb } from '../../src-main/core/user-data/open-user-db'
import { fixtureKb, type FixtureKb } from './fixture-kb'

export const V1_FIXTURE = resolve(import.meta.dirname, '../fixtures/user-data/user-v1.sql')

export interface TempFolder {
  dir: string
  dispose(): void
}

export function tempFolder(prefix = 'handbook-user-'): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * A fresh folder for each test of the calling file, and the notebook a test opens in it,
 * closed before the folder is removed (an open database cannot be deleted everywhere).
 */
export function notebookFolderPerTest() {
  let folder: TempFolder | undefined
  let opened: UserDb | undefined
  beforeEach(() => {
    folder = tempFolder()
  })
  afterEach(() => {
    opened?.close()
    opened = undefined
    folder?.dispose()
  })
  return {
    get dir() {
      return folder!.dir
    },
    /** Opens the folder's notebook, closing the one opened before, as a restart of the app would. */
    async open(): Promise<UserDb> {
      opened?.close()
      opened = undefined
      opened = await openUserDb(folder!.dir)
      return opened
    },
  }
}

/** Writes the frozen version-1 notebook as user.db in the folder. */
export function writeV1Notebook(folder: string): string {
  const path = join(folder, 'user.db')
  const db = new Database(path)
  db.exec(readFileSync(V1_FIXTURE, 'utf8'))
  db.close()
  return path
}

export class CallError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(`${info.code}: ${info.message}`)
  }
  get code() {
    return this.info.code
  }
}

/** Calls a channel through the validating dispatcher, as the renderer would; errors throw with their code. */
export function apiFor(ctx: HandlerContext) {
  return async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
    const r = await dispatch(handlers, ctx, channel, args)
    if (!r.ok) throw new CallError(r.error)
    return r.value as ResultOf<C>
  }
}

/** Every row of every table, to prove that something changed nothing. */
export function snapshotRows(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true })
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name)
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]))
  } finally {
    db.close()
  }
}

/** A valid 1×1 PNG and a GIF, for logo checks. */
export const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
export const GIF_1PX = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

/**
 * For each test of the calling file: the fixture knowledge base compiled, a private data folder, and a
 * handler context over both, closed and removed after the test.
 */
export function handlerContextPerTest() {
  let kb: FixtureKb | undefined
  let folder: TempFolder | undefined
  let ctx: HandlerContext | undefined
  beforeEach(() => {
    kb = fixtureKb()
    kb.compile()
    folder = tempFolder()
    ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
  })
  afterEach(() => {
    ctx?.close()
    kb?.dispose()
    folder?.dispose()
  })
  return {
    get ctx() {
      return ctx!
    },
    /** The data folder (user.db and backups/). */
    get dir() {
      return folder!.dir
    },
  }
}
