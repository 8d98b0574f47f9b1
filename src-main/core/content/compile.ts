import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { z } from 'zod'
import { KB_DDL, KB_SCHEMA_VERSION } from '../kb-schema'
import { ContentError, ContentErrors } from './content-error'
import { contentHash } from './content-hash'
import { DENIED_HOSTS } from './reference-hosts'
import { changelog } from './changelog'
import { loadContent, parseYaml } from './load-content'
import { releaseManifest, resolvedTreatments, type ReleaseManifest } from './release-manifest'
import { matrixCounts } from '../safety/matrix'
import { validateContent } from './validate-content'
import { writeDatabase } from './write-database'
import { pairsOf } from './write-pairs'
import { countBySource } from '../combinations/resolve-pairs'

export interface CompileResult {
  skipped: boolean
  contentHash: string
  bytes: number
  counts: Record<string, number>
  /** How many treatment × condition pairs each source decided (absent when the file was up to date). */
  decided?: { own: number; class: number }
}

const manifestSchema = z
  .object({
    contentVersion: z.string().min(1),
    // The day this content version was completed, shown beside the version on the About page.
    contentDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .optional(),
    // The release whose safety facts this one is compared with (resources/release-manifests/<version>.json).
    previousRelease: z.string().min(1).optional(),
  })
  .strict()
type Manifest = z.infer<typeof manifestSchema>

function readManifest(contentDir: string): Manifest & { text: string } {
  const path = join(contentDir, 'handbook.yaml')
  if (!existsSync(path)) throw new ContentErrors([new ContentError('handbook.yaml', '', '', 'file is missing')])
  const text = readFileSync(path, 'utf8')
  const errors: ContentError[] = []
  const data = parseYaml('handbook.yaml', text, errors)
  if (errors.length) throw new ContentErrors(errors)
  const parsed = manifestSchema.safeParse(data)
  if (!parsed.success) throw new ContentErrors(parsed.error.issues.map((i) => new ContentError('handbook.yaml', '', i.path.join('.'), i.message)))
  return { ...parsed.data, text }
}

const releaseManifestSchema = z.object({ contentVersion: z.string(), treatments: z.record(z.string(), z.unknown()) }).loose()

/** The previous release's manifest, kept beside the content in resources/release-manifests. */
function readPreviousRelease(contentDir: string, version: string): { manifest: ReleaseManifest; text: string } {
  const file = join(contentDir, '..', 'release-manifests', `${version}.json`)
  const problem = (p: string) => new ContentErrors([new ContentError('handbook.yaml', '', 'previousRelease', p)])
  if (!existsSync(file)) throw problem(`no manifest for release ${version} at release-manifests/${version}.json`)
  const text = readFileSync(file, 'utf8')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw problem(`release-manifests/${version}.json is not JSON`)
  }
  if (!releaseManifestSchema.safeParse(data).success || (data as ReleaseManifest).contentVersion !== version)
    throw problem(`release-manifests/${version}.json is not the manifest of release ${version}`)
  return { manifest: data as ReleaseManifest, text }
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

/** How the combination pairs are decided, for the compile report: "12 pairs decided by a specific rule, …". */
function pairCounts(content: ReturnType<typeof loadContent>): Record<string, number> {
  const n = countBySource(pairsOf(content))
  return { 'pairs decided by a specific rule': n.specific, 'pairs decided by a class rule': n.class, 'pairs with no data': n.none }
}

/**
 * Validates the sources under contentDir and writes outPath atomically: the
 * database is built beside it and renamed into place, so a failed compile
 * leaves the previous file (or none) and never a half-written one.
 */
export interface CompileOptions {
  /** Compile even when the file's stored hash matches. */
  force?: boolean
  /**
   * The compiler's own code (name and text of each file). Hashed with the content so a change to a rule or to
   * how a table is written rebuilds an otherwise up-to-date file; `npm run kb` passes it, tests need not.
   */
  compilerSources?: readonly { file: string; text: string }[]
}

export function compileKnowledgeBase(contentDir: string, outPath: string, opts: CompileOptions = {}): CompileResult {
  const manifest = readManifest(contentDir)
  const content = loadContent(contentDir)
  content.sources.push({ file: 'handbook.yaml', text: manifest.text })
  // The layout is an input too: a change to it (the search index's options, say) must rebuild an up-to-date file.
  content.sources.push({ file: '(database layout)', text: KB_DDL })
  // So is the reference policy: a newly denied host must fail the next compile, not hide behind an up-to-date file.
  content.sources.push({
    file: '(reference policy)',
    text: DENIED_HOSTS.map((d) => `${d.domain ?? ''} ${d.hostPattern ?? ''} ${d.urlPattern ?? ''}`).join('\n'),
  })
  const previous = manifest.previousRelease ? readPreviousRelease(contentDir, manifest.previousRelease) : undefined
  if (previous) content.sources.push({ file: `(release ${manifest.previousRelease})`, text: previous.text })
  for (const c of opts.compilerSources ?? []) content.sources.push({ file: `(compiler) ${c.file}`, text: c.text })
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
    ...pairCounts(content),
  }
  if (!opts.force && existingHash(outPath) === hash) return { skipped: true, contentHash: hash, bytes: statSync(outPath).size, counts }

  const matrix = validateContent(content)
  const tmp = `${outPath}.${process.pid}.tmp`
  rmSync(tmp, { force: true })
  try {
    // The manifest records each treatment's resolved matrix row, so a changed stance or wait shows in the next changelog.
    const safety = releaseManifest(manifest.contentVersion, resolvedTreatments(content.treatments, matrix))
    writeDatabase(
      tmp,
      content,
      {
        contentHash: hash,
        contentVersion: manifest.contentVersion,
        ...(manifest.contentDate ? { contentDate: manifest.contentDate } : {}),
        safetyManifest: safety,
        ...(previous ? { changelog: changelog(previous.manifest, safety) } : {}),
      },
      matrix,
    )
    renameSync(tmp, outPath)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw e
  }
  return { skipped: false, contentHash: hash, bytes: statSync(outPath).size, counts, decided: matrixCounts(matrix) }
}
