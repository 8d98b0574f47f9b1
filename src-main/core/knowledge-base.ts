import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { HandbookError } from './handbook-error'
import { KB_DDL, KB_SCHEMA_VERSION } from './kb-schema'

export interface KnowledgeBaseMeta {
  schemaVersion: number
  contentVersion: string
  contentHash: string
}

export interface KnowledgeBase {
  readonly db: Database.Database
  readonly meta: KnowledgeBaseMeta
  readonly path: string
  close(): void
}

export interface OpenOptions {
  /** Path of the Electron build of better-sqlite3; undefined under plain Node. */
  nativeBinding?: string
}

const FIX = 'Reinstall the handbook to restore it; in a development checkout run "npm run kb".'

type SchemaRow = { type: string; name: string; sql: string | null }
const SCHEMA_SQL = "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
const expectedSchemas = new Map<string, SchemaRow[]>()

/** The tables, indexes and search index this build writes, read from an empty database made with the same DDL. */
function expectedSchema(nativeBinding?: string): SchemaRow[] {
  const key = nativeBinding ?? ''
  if (!expectedSchemas.has(key)) {
    const mem = new Database(':memory:', { nativeBinding })
    try {
      mem.exec(KB_DDL)
      expectedSchemas.set(key, mem.prepare(SCHEMA_SQL).all() as SchemaRow[])
    } finally {
      mem.close()
    }
  }
  return expectedSchemas.get(key)!
}

/** What differs between the file's tables and the ones this build reads, in a few words; '' when they match. */
function schemaDifference(db: Database.Database, nativeBinding?: string): string {
  const actual = new Map((db.prepare(SCHEMA_SQL).all() as SchemaRow[]).map((r) => [`${r.type} ${r.name}`, r.sql]))
  const problems = expectedSchema(nativeBinding).flatMap((r) => {
    const found = actual.get(`${r.type} ${r.name}`)
    return found === undefined ? [`no ${r.type} "${r.name}"`] : found !== r.sql ? [`${r.type} "${r.name}" has another layout`] : []
  })
  return problems.slice(0, 3).join(', ')
}

/**
 * Opens the bundled knowledge base read-only and proves it is one: the file
 * exists, SQLite can read it, it holds a meta table, the schema version this
 * build understands and every table that version has, laid out as this build
 * writes them. Each failure has its own code and a fix to offer.
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
    // A file that says the right version but lacks a table would fail later, mid-search, as an internal error.
    const difference = schemaDifference(db, opts.nativeBinding)
    if (difference) throw new Error(difference)
    const meta = { schemaVersion, contentVersion: m.get('content_version') ?? '?', contentHash: m.get('content_hash') ?? '?' }
    return { db, meta, path, close: () => db.close() }
  } catch (e) {
    db.close()
    if (e instanceof HandbookError) throw e
    throw new HandbookError('KB_CORRUPT', `The knowledge base file is damaged or is not a handbook database (${(e as Error).message}). ${FIX}`)
  }
}
