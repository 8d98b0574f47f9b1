import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { HandbookError } from './handbook-error'
import { KB_SCHEMA_VERSION } from './kb-schema'

export interface KnowledgeBaseMeta {
  schemaVersion: number
  contentVersion: string
  contentHash: string
}

export interface KnowledgeBase {
  readonly db: Database.Database
  readonly meta: KnowledgeBaseMeta
  readonly path: string
  /** Per-open cache for derived data (lists, term tables) so each is built once. */
  readonly cache: Map<string, unknown>
  close(): void
}

export interface OpenOptions {
  /** Path of the Electron build of better-sqlite3; undefined under plain Node. */
  nativeBinding?: string
}

const FIX = 'Reinstall the handbook to restore it; in a development checkout run "npm run kb".'

/**
 * Opens the bundled knowledge base read-only and proves it is one: the file
 * exists, SQLite can read it, it holds a meta table and the schema version
 * this build understands. Each failure has its own code and a fix to offer.
 */
export function openKnowledgeBase(path: string, opts: OpenOptions = {}): KnowledgeBase {
  if (!existsSync(path)) throw new HandbookError('KB_MISSING', `The knowledge base file is missing (${path}). ${FIX}`)
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding })
  } catch (e) {
    throw new HandbookError('KB_CORRUPT', `The knowledge base file cannot be opened (${(e as Error).message}). ${FIX}`)
  }
  try {
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(String(check))
    const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]
    const m = new Map(rows.map((r) => [r.key, r.value]))
    const schemaVersion = Number(m.get('schema_version'))
    if (schemaVersion !== KB_SCHEMA_VERSION) {
      throw new HandbookError(
        'KB_WRONG_VERSION',
        `The knowledge base file has format version ${Number.isFinite(schemaVersion) ? schemaVersion : 'unknown'}, but this version of the handbook reads version ${KB_SCHEMA_VERSION}. ${FIX}`,
      )
    }
    const meta = { schemaVersion, contentVersion: m.get('content_version') ?? '?', contentHash: m.get('content_hash') ?? '?' }
    return { db, meta, path, cache: new Map(), close: () => db.close() }
  } catch (e) {
    db.close()
    if (e instanceof HandbookError) throw e
    throw new HandbookError('KB_CORRUPT', `The knowledge base file is damaged or is not a handbook database (${(e as Error).message}). ${FIX}`)
  }
}

/** Memoises derived data on the open knowledge base. */
export function cached<T>(kb: KnowledgeBase, key: string, build: () => T): T {
  if (!kb.cache.has(key)) kb.cache.set(key, build())
  return kb.cache.get(key) as T
}
