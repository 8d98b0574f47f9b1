import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { z } from 'zod'
import { KB_DDL, KB_SCHEMA_VERSION } from '../kb-schema'
import { ContentError, ContentErrors } from './content-error'
import { contentHash } from './content-hash'
import { DENIED_HOSTS } from './reference-hosts'
import { loadContent, parseYaml } from './load-content'
import { validateContent } from './validate-content'
import { writeDatabase } from './write-database'

export interface CompileResult {
  skipped: boolean
  contentHash: string
  bytes: number
  counts: Record<string, number>
}

const manifestSchema = z.object({ contentVersion: z.string().min(1) }).strict()

function readManifest(contentDir: string): { contentVersion: string; text: string } {
  const path = join(contentDir, 'handbook.yaml')
  if (!existsSync(path)) throw new ContentErrors([new ContentError('handbook.yaml', '', '', 'file is missing')])
  const text = readFileSync(path, 'utf8')
  const errors: ContentError[] = []
  const data = parseYaml('handbook.yaml', text, errors)
  if (errors.length) throw new ContentErrors(errors)
  const parsed = manifestSchema.safeParse(data)
  if (!parsed.success)
    throw new ContentErrors(parsed.error.issues.map((i) => new ContentError('handbook.yaml', '', i.path.join('.'), i.message)))
  return { contentVersion: parsed.data.contentVersion, text }
}

function existingHash(outPath: string): string | undefined {
  if (!existsSync(outPath)) return undefined
  try {
    const db = new Database(outPath, { readonly: true, fileMustExist: true })
    try {
      const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('schema_version', 'content_hash')").all() as { key: string; value: string }[]
      const m = new Map(rows.map((r) => [r.key, r.value]))
      return m.get('schema_version') === String(KB_SCHEMA_VERSION) ? m.get('content_hash') : undefined
    } finally {
      db.close()
    }
  } catch {
    return undefined // unreadable: rebuild it
  }
}

/**
 * Validates the sources under contentDir and writes outPath atomically: the
 * database is built beside it and renamed into place, so a failed compile
 * leaves the previous file (or none) and never a half-written one.
 */
export function compileKnowledgeBase(contentDir: string, outPath: string, opts: { force?: boolean } = {}): CompileResult {
  const manifest = readManifest(contentDir)
  const content = loadContent(contentDir)
  content.sources.push({ file: 'handbook.yaml', text: manifest.text })
  // The layout is an input too: a change to it (the search index's options, say) must rebuild an up-to-date file.
  content.sources.push({ file: '(database layout)', text: KB_DDL })
  // So is the reference policy: a newly denied host must fail the next compile, not hide behind an up-to-date file.
  content.sources.push({ file: '(reference policy)', text: DENIED_HOSTS.map((d) => `${d.domain ?? ''} ${d.hostPattern ?? ''} ${d.urlPattern ?? ''}`).join('\n') })
  const hash = contentHash(content.sources)
  const counts = {
    treatments: content.treatments.length,
    mechanisms: content.mechanisms.length,
    layers: content.layers.length,
    concerns: content.concerns.length,
    contraindications: content.contraindications.length,
    references: content.references.length,
    glossary: content.glossary.length,
    guides: content.guides.length,
  }
  if (!opts.force && existingHash(outPath) === hash) return { skipped: true, contentHash: hash, bytes: statSync(outPath).size, counts }

  validateContent(content)
  const tmp = `${outPath}.${process.pid}.tmp`
  rmSync(tmp, { force: true })
  try {
    writeDatabase(tmp, content, { contentHash: hash, contentVersion: manifest.contentVersion })
    renameSync(tmp, outPath)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
  return { skipped: false, contentHash: hash, bytes: statSync(outPath).size, counts }
}
