import Database from 'better-sqlite3'
import { KB_DDL, KB_SCHEMA_VERSION } from '../kb-schema'
import type { SafetyMatrix } from '../safety/matrix'
import type { Changelog } from './changelog'
import type { ContentSet } from './load-content'
import type { ReleaseManifest } from './release-manifest'
import type { Treatment } from './schema'
import { layerAt } from './layer-span'
import { writeChecklist, writePairs } from './write-pairs'

export interface WriteInfo {
  contentHash: string
  contentVersion: string
  contentDate?: string
  /** This version's safety facts, so the next release can be compared with it. */
  safetyManifest: ReleaseManifest
  /** What changed since the previous release, when handbook.yaml names one. */
  changelog?: Changelog
}

const json = (v: unknown) => JSON.stringify(v)

/** Writes a complete knowledge base to `path` (which must not exist yet). */
export function writeDatabase(path: string, c: ContentSet, info: WriteInfo, matrix: SafetyMatrix): void {
  const db = new Database(path)
  try {
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.exec(KB_DDL)
    db.transaction(() => {
      writeMeta(db, info)
      writeRecords(db, c)
      writeTreatments(db, c, matrix)
      writePairs(db, c)
      writeChecklist(db, c)
      writeSearchIndex(db, c)
      writeSpellingTerms(db)
    })()
    db.exec("INSERT INTO search(search) VALUES ('optimize')")
    db.exec('VACUUM')
  } finally {
    db.close()
  }
}

function writeMeta(db: Database.Database, info: WriteInfo): void {
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
  meta.run('schema_version', String(KB_SCHEMA_VERSION))
  meta.run('content_version', info.contentVersion)
  meta.run('content_hash', info.contentHash)
  if (info.contentDate) meta.run('content_date', info.contentDate)
  meta.run('safety_manifest', json(info.safetyManifest))
  if (info.changelog) meta.run('changelog', json(info.changelog))
}

/** References, layers, mechanisms, concerns, conditions, glossary and guides: one row each, keyed and ordered as the readers list them. */
function writeRecords(db: Database.Database, c: ContentSet): void {
  const ref = db.prepare('INSERT INTO refs VALUES (?, ?, ?, ?)')
  for (const r of c.references) ref.run(r.id, r.citation, r.type, json(r))
  const layer = db.prepare('INSERT INTO layers VALUES (?, ?, ?)')
  for (const l of c.layers) layer.run(l.id, l.order, json(l))
  const mech = db.prepare('INSERT INTO mechanisms VALUES (?, ?, ?)')
  c.mechanisms.forEach((m, i) => mech.run(m.id, i, json(m)))
  const concern = db.prepare('INSERT INTO concerns VALUES (?, ?, ?)')
  for (const x of c.concerns) concern.run(x.id, x.name, json(x))
  const contra = db.prepare('INSERT INTO contraindications VALUES (?, ?, ?)')
  for (const x of c.contraindications) contra.run(x.id, x.name, json(x))
  const gloss = db.prepare('INSERT INTO glossary VALUES (?, ?, ?)')
  for (const g of c.glossary) gloss.run(g.id, g.term, json(g))
  const guide = db.prepare('INSERT INTO guides VALUES (?, ?, ?, ?)')
  c.guides.forEach((g, i) => guide.run(g.id, g.kind, i, json(g)))
}

/** Each treatment's row and the tables the list filters and the safety views read. */
function writeTreatments(db: Database.Database, c: ContentSet, matrix: SafetyMatrix): void {
  const t = db.prepare('INSERT INTO treatments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const tm = db.prepare('INSERT INTO treatment_mechanisms VALUES (?, ?, ?)')
  const tc = db.prepare('INSERT INTO treatment_concerns VALUES (?, ?, ?)')
  const tl = db.prepare('INSERT INTO treatment_layers VALUES (?, ?)')
  const tci = db.prepare('INSERT INTO safety_matrix VALUES (?, ?, ?, ?, ?, ?, ?)')
  const tf = db.prepare('INSERT INTO treatment_fitzpatrick VALUES (?, ?, ?, ?)')
  const tr = db.prepare('INSERT INTO treatment_refs VALUES (?, ?)')
  for (const source of c.treatments) {
    // The stored record carries the resolved row, one decision per condition, so every reader sees the whole matrix.
    const x: Treatment = { ...source, contraindications: matrix.get(source.slug)! }
    const deepest = layerAt(c.layers, x.depth.maxMm)?.id ?? x.depth.layers.at(-1)!
    const { depth, downtimeDays: downtime, sessions } = x
    t.run(x.slug, x.name, x.category, x.summary, depth.minMm, depth.maxMm, deepest, downtime.min, downtime.max, sessions.min, sessions.max, json(x))
    for (const m of x.mechanisms) tm.run(x.slug, m.id, m.role)
    for (const k of x.concerns) tc.run(x.slug, k.id, k.strength)
    for (const l of x.depth.layers) tl.run(x.slug, l)
    for (const k of x.contraindications) tci.run(x.slug, k.id, k.stance, k.waitMonths ?? null, k.minWaitMonths ?? null, k.source, k.rule ?? null)
    for (const [type, f] of Object.entries(x.fitzpatrick)) tf.run(x.slug, type, f.pih, f.scarring)
    for (const r of new Set(x.references)) tr.run(x.slug, r)
  }
}

/** The full-text search documents: treatments (with their mechanisms' and concerns' names), then every other kind of record. */
function writeSearchIndex(db: Database.Database, c: ContentSet): void {
  const s = db.prepare('INSERT INTO search (kind, key, title, keywords, body) VALUES (?, ?, ?, ?, ?)')
  const mechName = new Map(c.mechanisms.map((m) => [m.id, m.name]))
  const concernName = new Map(c.concerns.map((m) => [m.id, m.name]))
  for (const x of c.treatments)
    s.run(
      'treatment',
      x.slug,
      x.name,
      [...x.aliases, ...x.brands].join(' · '),
      [x.summary, x.body, x.mechanisms.map((m) => mechName.get(m.id)).join(' '), x.concerns.map((k) => concernName.get(k.id)).join(' ')].join('\n'),
    )
  const syn = (x: { synonyms?: string[] }) => (x.synonyms ?? []).join(' · ')
  for (const m of c.mechanisms) s.run('mechanism', m.id, m.name, syn(m), `${m.summary}\n${m.body}`)
  for (const k of c.concerns) s.run('concern', k.id, k.name, syn(k), k.description)
  for (const g of c.glossary) s.run('glossary', g.id, g.term, syn(g), g.definition)
  for (const g of c.guides) s.run('guide', g.id, g.title, syn(g), g.body)
  for (const l of c.layers) s.run('layer', l.id, l.name, '', l.description)
}

/** The words of the search index that "did you mean" may offer, read back from it. */
function writeSpellingTerms(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'search', 'row');
    INSERT INTO spell_terms SELECT term, doc FROM temp.vocab WHERE length(term) >= 3 AND term GLOB '[a-z]*';
    DROP TABLE temp.vocab;`)
}
