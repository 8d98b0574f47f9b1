import { readFileSync, readdirSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KB_SCHEMA_VERSION } from '../../src-main/core/kb-schema'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let kb: FixtureKb
beforeEach(() => {
  kb = fixtureKb()
})
afterEach(() => kb.dispose())

const peel = 'treatments/superficial-peel.yaml'
const refsFile = 'references/fixture.yaml'

function compileError(): string {
  try {
    kb.compile()
  } catch (e) {
    return (e as Error).message
  }
  throw new Error('the compile was expected to fail')
}

describe('content compiler', () => {
  it('writes every record, the search index and the meta table', () => {
    const r = kb.compile()
    expect(r.counts.treatments).toBe(2)
    const db = new Database(kb.dbPath, { readonly: true })
    const meta = Object.fromEntries((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((x) => [x.key, x.value]))
    expect(meta.schema_version).toBe(String(KB_SCHEMA_VERSION))
    expect(meta.content_version).toBe('fixture-1')
    expect(meta.content_hash).toBe(r.contentHash)
    const hit = db.prepare("SELECT key FROM search WHERE search MATCH 'peelco'").all()
    expect(hit).toEqual([{ key: 'superficial-peel' }])
    expect(db.prepare("SELECT deepest_layer FROM treatments WHERE slug = 'deep-laser'").get()).toEqual({ deepest_layer: 'reticular-dermis' })
    db.close()
  })

  it('gives the same content hash for the same sources and a new one when a source changes', () => {
    const first = kb.compile().contentHash
    expect(kb.compile()).toMatchObject({ skipped: true, contentHash: first })
    kb.edit(peel, (t) => t.replace('A gentle peel.', 'A gentle acid peel.'))
    const second = kb.compile()
    expect(second.skipped).toBe(false)
    expect(second.contentHash).not.toBe(first)
  })

  const cases: [string, (k: FixtureKb) => void, string][] = [
    ['an unknown reference', (k) => k.edit(peel, (t) => t.replace('references: [fixture-review, fixture-label]', 'references: [fixture-review, nobody-2020]')), 'treatments/superficial-peel.yaml › superficial-peel › references: unknown reference "nobody-2020"'],
    ['an unknown mechanism', (k) => k.edit(peel, (t) => t.replace('{ id: exfoliation, role: primary }', '{ id: polishing, role: primary }')), 'treatments/superficial-peel.yaml › superficial-peel › mechanisms.0.id'],
    ['an unknown concern', (k) => k.edit(peel, (t) => t.replace('{ id: dullness, strength: strong }', '{ id: sadness, strength: strong }')), 'superficial-peel › concerns.0.id: unknown concern "sadness"'],
    ['an unknown layer', (k) => k.edit(peel, (t) => t.replace('layers: [stratum-corneum, epidermis]', 'layers: [stratum-corneum, hypodermis]')), 'superficial-peel › depth.layers.1: unknown layer "hypodermis"'],
    ['an unknown contraindication', (k) => k.edit(peel, (t) => t.replace('id: pregnancy-breastfeeding', 'id: full-moon')), 'superficial-peel › contraindications.0.id: unknown contraindication "full-moon"'],
    ['a duplicate slug', (k) => k.write('treatments/copy.yaml', readFileSync(`${k.contentDir}/${peel}`, 'utf8')), 'duplicate treatment id'],
    ['a depth whose min is above its max', (k) => k.edit(peel, (t) => t.replace('minMm: 0.01, maxMm: 0.08', 'minMm: 0.09, maxMm: 0.08')), 'superficial-peel › depth.minMm: depth min is above max'],
    ['a depth that contradicts the layers named', (k) => k.edit(peel, (t) => t.replace('maxMm: 0.08', 'maxMm: 0.8')), 'superficial-peel › depth.layers: depth 0.01–0.8 mm reaches [stratum-corneum, epidermis, papillary-dermis, reticular-dermis]'],
    ['a treatment without references', (k) => k.edit(peel, (t) => t.replace('references: [fixture-review, fixture-label]', 'references: []')), 'superficial-peel › references: a treatment needs at least two references'],
    ['a missing required field', (k) => k.edit(peel, (t) => t.replace(/^clientSummary: .*$/m, '')), 'superficial-peel › clientSummary'],
    ['a field of the wrong type', (k) => k.edit(peel, (t) => t.replace('downtimeDays: { min: 0, max: 1 }', 'downtimeDays: { min: none, max: 1 }')), 'superficial-peel › downtimeDays.min'],
    ['an unknown field', (k) => k.edit(peel, (t) => t.replace('discomfort: mild', 'discomfort: mild\npainScore: 3')), 'superficial-peel › (record): Unrecognized key: "painScore"'],
    ['broken YAML', (k) => k.edit(peel, (t) => t.replace('name: Superficial test peel', 'name: [Superficial')), 'treatments/superficial-peel.yaml › (file) › line'],
    ['an undated reference that does not say when it was read', (k) => k.edit(refsFile, (t) => t.replace('year: 2021', 'year: undated')), 'references/fixture.yaml › fixture-label › accessed: an undated source needs the date it was read'],
    ['a reference of an unknown type', (k) => k.edit(refsFile, (t) => t.replace('type: product-label', 'type: blog')), 'references/fixture.yaml › fixture-label › type'],
    ['a DOI that is not a bare DOI', (k) => k.edit(refsFile, (t) => t.replace('doi: "10.1234/fixture.review"', 'doi: "https://doi.org/10.1234/x"')), 'fixture-review › doi: must be a bare DOI'],
    ['a PubMed id that is not a number', (k) => k.edit(refsFile, (t) => t.replace('doi: "10.1234/fixture.review"', 'pmid: "PMC123"')), 'fixture-review › pmid: must be a PubMed id'],
    ['a reference nobody cites', (k) => k.edit('references/fixture.yaml', (t) => `${t}- { id: orphan-2020, citation: Orphan., year: 2020, type: textbook }\n`), 'orphan-2020 › id: reference is never cited'],
  ]

  const link = (url: string) => (k: FixtureKb) => k.edit(refsFile, (t) => t.replace('url: https://example.org/review', `url: "${url}"`))
  const policyCases: [string, (k: FixtureKb) => void, string][] = [
    ['a javascript: link', link('javascript:alert(1)'), 'references/fixture.yaml › fixture-review › url: the javascript: scheme is refused'],
    ['a data: link', link('data:text/html,<b>hi</b>'), 'references/fixture.yaml › fixture-review › url: the data: scheme is refused'],
    ['a file: link', link('file:///etc/passwd'), 'references/fixture.yaml › fixture-review › url: the file: scheme is refused'],
    ['an http: link', link('http://example.org/review'), 'references/fixture.yaml › fixture-review › url: the http: scheme is refused'],
    ['an ftp: link', link('ftp://example.org/review.pdf'), 'references/fixture.yaml › fixture-review › url: the ftp: scheme is refused'],
    ['a document dump', link('https://www.scribd.com/document/1/review'), 'references/fixture.yaml › fixture-review › url: www.scribd.com is refused (document dump'],
    ['a staging host', link('https://staging.example.org/review'), 'fixture-review › url: staging.example.org is refused (staging or development host'],
    ['a web proxy', link('https://weather.example.com/php-proxy/index.php?q=https%3A%2F%2Fexample.org'), 'fixture-review › url: weather.example.com is refused (web proxy'],
    ['a journal article with neither DOI nor PubMed id nor a reason', (k) => k.edit(refsFile, (t) => t.replace('  doi: "10.1234/fixture.review"\n', '')), 'references/fixture.yaml › fixture-review › doi: a review needs a doi or pmid, or a noIdentifier saying why'],
    [
      'a wait backed only by a clinic page',
      (k) => k.edit(peel, (t) => t.replace('waitMonths: 0, refs: [fixture-review]', 'waitMonths: 0, refs: [fixture-clinic]')),
      'treatments/superficial-peel.yaml › superficial-peel › contraindications.1.refs: the relative contraindication "isotretinoin" and its 0-month wait rests only on clinic or marketing pages [fixture-clinic]',
    ],
    [
      'a risk frequency backed only by a clinic page',
      (k) => k.edit(peel, (t) => t.replace('frequency: very-common, refs: [fixture-review]', 'frequency: very-common, refs: [fixture-clinic]')),
      'superficial-peel › risks.0.refs: the frequency of "Redness" (very-common) rests only on clinic or marketing pages',
    ],
    [
      'a depth backed only by a clinic page',
      (k) => k.edit(peel, (t) => t.replace('setting: "20% acid", refs: [fixture-review]', 'setting: "20% acid", refs: [fixture-clinic]')),
      'superficial-peel › depth.refs: the depth 0.01–0.08 mm rests only on clinic or marketing pages',
    ],
  ]

  it.each(policyCases)('refuses %s, naming file, record and field', (_name, breakIt, expected) => {
    breakIt(kb)
    expect(compileError()).toContain(expected)
  })

  it('lets a clinic page support practice details, and a safety fact that also has a primary source', () => {
    kb.edit(peel, (t) => t.replace('frequency: very-common, refs: [fixture-review]', 'frequency: very-common, refs: [fixture-clinic, fixture-review]'))
    expect(() => kb.compile()).not.toThrow()
  })

  it.each(cases)('fails on %s with a message naming file, record and field', (_name, breakIt, expected) => {
    breakIt(kb)
    expect(compileError()).toContain(expected)
  })

  it('leaves the previous database untouched and no temporary file behind when a compile fails', () => {
    kb.compile()
    const before = readFileSync(kb.dbPath)
    const mtime = statSync(kb.dbPath).mtimeMs
    kb.edit(peel, (t) => t.replace('references: [fixture-review, fixture-label]', 'references: [missing-ref, fixture-label]'))
    expect(compileError()).toContain('missing-ref')
    expect(readFileSync(kb.dbPath).equals(before)).toBe(true)
    expect(statSync(kb.dbPath).mtimeMs).toBe(mtime)
    expect(readdirSync(kb.dir).filter((f) => f.includes('.tmp'))).toEqual([])
  })
})
