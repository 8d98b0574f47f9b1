import { readFileSync, readdirSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compileKnowledgeBase } from '../../src-main/core/content/compile'
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

  it('rebuilds an up-to-date file when the compiler code it was built with changes, and only then', () => {
    const code = (text: string) => ({ compilerSources: [{ file: 'src-main/core/safety/resolve.ts', text }] })
    const first = compileKnowledgeBase(kb.contentDir, kb.dbPath, code('export const rule = 1'))
    expect(compileKnowledgeBase(kb.contentDir, kb.dbPath, code('export const rule = 1'))).toMatchObject({ skipped: true, contentHash: first.contentHash })
    const changed = compileKnowledgeBase(kb.contentDir, kb.dbPath, code('export const rule = 2'))
    expect(changed.skipped).toBe(false)
    expect(changed.contentHash).not.toBe(first.contentHash)
  })

  const cases: [string, (k: FixtureKb) => void, string][] = [
    [
      'an unknown reference',
      (k) => k.edit(peel, (t) => t.replace('references: [fixture-review, fixture-label]', 'references: [fixture-review, nobody-2020]')),
      'treatments/superficial-peel.yaml › superficial-peel › references: unknown reference "nobody-2020"',
    ],
    [
      'an unknown mechanism',
      (k) => k.edit(peel, (t) => t.replace('{ id: exfoliation, role: primary }', '{ id: polishing, role: primary }')),
      'treatments/superficial-peel.yaml › superficial-peel › mechanisms.0.id',
    ],
    [
      'an unknown concern',
      (k) => k.edit(peel, (t) => t.replace('{ id: dullness, strength: strong }', '{ id: sadness, strength: strong }')),
      'superficial-peel › concerns.0.id: unknown concern "sadness"',
    ],
    [
      'an unknown layer',
      (k) => k.edit(peel, (t) => t.replace('layers: [stratum-corneum, epidermis]', 'layers: [stratum-corneum, hypodermis]')),
      'superficial-peel › depth.layers.1: unknown layer "hypodermis"',
    ],
    [
      'an unknown condition',
      (k) => k.edit(peel, (t) => t.replace('id: isotretinoin', 'id: full-moon')),
      'superficial-peel › contraindications.0.id: unknown condition "full-moon"',
    ],
    ['a duplicate slug', (k) => k.write('treatments/copy.yaml', readFileSync(`${k.contentDir}/${peel}`, 'utf8')), 'duplicate treatment id'],
    [
      'a depth whose min is above its max',
      (k) => k.edit(peel, (t) => t.replace('minMm: 0.01, maxMm: 0.08', 'minMm: 0.09, maxMm: 0.08')),
      'superficial-peel › depth.minMm: depth min is above max',
    ],
    [
      'a depth that contradicts the layers named',
      (k) => k.edit(peel, (t) => t.replace('maxMm: 0.08', 'maxMm: 0.8')),
      'superficial-peel › depth.layers: depth 0.01–0.8 mm reaches [stratum-corneum, epidermis, papillary-dermis, reticular-dermis]',
    ],
    [
      'a treatment without references',
      (k) => k.edit(peel, (t) => t.replace('references: [fixture-review, fixture-label]', 'references: []')),
      'superficial-peel › references: a treatment needs at least two references',
    ],
    ['a missing required field', (k) => k.edit(peel, (t) => t.replace(/^clientSummary: .*$/m, '')), 'superficial-peel › clientSummary'],
    [
      'a field of the wrong type',
      (k) => k.edit(peel, (t) => t.replace('downtimeDays: { min: 0, max: 1 }', 'downtimeDays: { min: none, max: 1 }')),
      'superficial-peel › downtimeDays.min',
    ],
    [
      'an unknown field',
      (k) => k.edit(peel, (t) => t.replace('discomfort: mild', 'discomfort: mild\npainScore: 3')),
      'superficial-peel › (record): Unrecognized key: "painScore"',
    ],
    [
      'broken YAML',
      (k) => k.edit(peel, (t) => t.replace('name: Superficial test peel', 'name: [Superficial')),
      'treatments/superficial-peel.yaml › (file) › line',
    ],
    [
      'an undated reference that does not say when it was read',
      (k) => k.edit(refsFile, (t) => t.replace('year: 2021', 'year: undated')),
      'references/fixture.yaml › fixture-label › accessed: an undated source needs the date it was read',
    ],
    [
      'a reference of an unknown type',
      (k) => k.edit(refsFile, (t) => t.replace('type: product-label', 'type: blog')),
      'references/fixture.yaml › fixture-label › type',
    ],
    [
      'a DOI that is not a bare DOI',
      (k) => k.edit(refsFile, (t) => t.replace('doi: "10.1234/fixture.review"', 'doi: "https://doi.org/10.1234/x"')),
      'fixture-review › doi: must be a bare DOI',
    ],
    [
      'a PubMed id that is not a number',
      (k) => k.edit(refsFile, (t) => t.replace('doi: "10.1234/fixture.review"', 'pmid: "PMC123"')),
      'fixture-review › pmid: must be a PubMed id',
    ],
    [
      'a reference nobody cites',
      (k) => k.edit('references/fixture.yaml', (t) => `${t}- { id: orphan-2020, citation: Orphan., year: 2020, type: textbook }\n`),
      'orphan-2020 › id: reference is never cited',
    ],
  ]

  const link = (url: string) => (k: FixtureKb) => k.edit(refsFile, (t) => t.replace('url: https://example.org/review', `url: "${url}"`))
  const policyCases: [string, (k: FixtureKb) => void, string][] = [
    ['a javascript: link', link('javascript:alert(1)'), 'references/fixture.yaml › fixture-review › url: the javascript: scheme is refused'],
    ['a data: link', link('data:text/html,<b>hi</b>'), 'references/fixture.yaml › fixture-review › url: the data: scheme is refused'],
    ['a file: link', link('file:///etc/passwd'), 'references/fixture.yaml › fixture-review › url: the file: scheme is refused'],
    ['an http: link', link('http://example.org/review'), 'references/fixture.yaml › fixture-review › url: the http: scheme is refused'],
    ['an ftp: link', link('ftp://example.org/review.pdf'), 'references/fixture.yaml › fixture-review › url: the ftp: scheme is refused'],
    [
      'a document dump',
      link('https://www.scribd.com/document/1/review'),
      'references/fixture.yaml › fixture-review › url: www.scribd.com is refused (document dump',
    ],
    ['a staging host', link('https://staging.example.org/review'), 'fixture-review › url: staging.example.org is refused (staging or development host'],
    [
      'a web proxy',
      link('https://weather.example.com/php-proxy/index.php?q=https%3A%2F%2Fexample.org'),
      'fixture-review › url: weather.example.com is refused (web proxy',
    ],
    [
      'a journal article with neither DOI nor PubMed id nor a reason',
      (k) => k.edit(refsFile, (t) => t.replace('  doi: "10.1234/fixture.review"\n', '')),
      'references/fixture.yaml › fixture-review › doi: a review needs a doi or pmid, or a noIdentifier saying why',
    ],
    [
      'a journal article marked undated',
      (k) =>
        k.edit(refsFile, (t) => t.replace('  year: 2020\n  journal: "Test Journal"', '  year: undated\n  accessed: "2026-01-01"\n  journal: "Test Journal"')),
      'references/fixture.yaml › fixture-review › year: a review has a real publication year; "undated" is for web pages',
    ],
    [
      'a wait backed only by a clinic page',
      (k) =>
        k.edit('conditions/isotretinoin.yaml', (t) =>
          t.replace('conservative position.\n    refs: [fixture-review]', 'conservative position.\n    refs: [fixture-clinic]'),
        ),
      'conditions/isotretinoin.yaml › isotretinoin › rules.0.refs: class rule 1: the "defer" decision for "Recent isotretinoin" and its 6-month wait rests only on clinic or marketing pages [fixture-clinic]',
    ],
    [
      "a treatment's own contraindication backed only by a clinic page",
      (k) => k.edit(peel, (t) => t.replace('care with dry skin., refs: [fixture-review]', 'care with dry skin., refs: [fixture-clinic]')),
      'treatments/superficial-peel.yaml › superficial-peel › contraindications.0.refs: the "caution" decision for "isotretinoin" rests only on clinic or marketing pages [fixture-clinic]',
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

describe('the safety matrix in the compiler', () => {
  const laser = 'treatments/deep-laser.yaml'
  const pregnancy = 'conditions/pregnancy-breastfeeding.yaml'
  const isotretinoin = 'conditions/isotretinoin.yaml'
  /** A third treatment: a radiofrequency device that makes no wound, written from the laser's record. */
  const addDevice = (k: FixtureKb, entry: string) =>
    k.write(
      'treatments/rf-device.yaml',
      readFileSync(`${k.contentDir}/${laser}`, 'utf8')
        .replace('slug: deep-laser', 'slug: rf-device')
        .replace('category: laser-light', 'category: energy')
        .replace(/^properties: .*$/m, 'properties: [heats-dermis, electrical-current]')
        .replace('contraindications: []', `contraindications:\n  - ${entry}`),
    )

  it('stores one decision per treatment and condition, with where it came from', () => {
    kb.compile()
    const db = new Database(kb.dbPath, { readonly: true })
    const rows = db
      .prepare('SELECT slug, contraindication_id AS id, stance, wait_months AS wait, source, rule_index AS rule FROM safety_matrix ORDER BY slug, id')
      .all()
    db.close()
    expect(rows).toEqual([
      { slug: 'deep-laser', id: 'isotretinoin', stance: 'defer', wait: 6, source: 'class', rule: 0 },
      { slug: 'deep-laser', id: 'pregnancy-breastfeeding', stance: 'defer', wait: null, source: 'class', rule: 0 },
      { slug: 'superficial-peel', id: 'isotretinoin', stance: 'caution', wait: null, source: 'own', rule: null },
      { slug: 'superficial-peel', id: 'pregnancy-breastfeeding', stance: 'defer', wait: null, source: 'class', rule: 0 },
    ])
  })

  it('refuses an undecided pair, naming the file, the record and the pair', () => {
    kb.edit(pregnancy, (t) => t.replace(/rules:[\s\S]*$/, 'rules:\n  - when: [acid]\n    stance: defer\n    reason: Acids wait.\n    refs: [fixture-label]\n'))
    const message = compileError()
    expect(message).toContain('treatments/deep-laser.yaml › deep-laser › contraindications: undecided pair deep-laser × pregnancy-breastfeeding')
    expect(message, 'the peel is still decided by the class rule').not.toContain('superficial-peel × pregnancy-breastfeeding')
  })

  it('refuses a deferral of a dated condition that has no wait to count from the date', () => {
    kb.edit(isotretinoin, (t) => t.replace('    waitMonths: 6\n    minWaitMonths: 0\n', ''))
    expect(compileError()).toContain(
      'conditions/isotretinoin.yaml › isotretinoin › rules.0.waitMonths: "isotretinoin" is dated, so deferring deep-laser needs waitMonths',
    )
  })

  it('refuses a non-wounding device that waits longer than a deeper wound, unless it says why', () => {
    addDevice(kb, '{ id: isotretinoin, stance: defer, waitMonths: 12, note: Twelve months., refs: [fixture-label] }')
    expect(compileError()).toContain(
      'treatments/rf-device.yaml › rf-device › contraindications.0: risk order for isotretinoin: rf-device (heat, acid or light without a wound) is "defer 12 months" but the more invasive deep-laser (a dermal wound in columns or needle tracks) is "defer 6 months"',
    )
    addDevice(
      kb,
      '{ id: isotretinoin, stance: defer, waitMonths: 12, note: Twelve months., refs: [fixture-label], why: { text: A device-specific reason., refs: [fixture-label] } }',
    )
    expect(kb.compile().skipped).toBe(false)
  })

  it('refuses an own entry that departs from its category without a why', () => {
    // Two lasers: the second's own entry excludes where the class rule defers the first.
    addDevice(kb, '{ id: pregnancy-breastfeeding, stance: exclude, note: Never., refs: [fixture-label] }')
    kb.edit('treatments/rf-device.yaml', (t) => t.replace('category: energy', 'category: laser-light'))
    kb.write('treatments/third-laser.yaml', readFileSync(`${kb.contentDir}/${laser}`, 'utf8').replace('slug: deep-laser', 'slug: third-laser'))
    expect(compileError()).toContain(
      'treatments/rf-device.yaml › rf-device › contraindications.0: rf-device is "exclude" for pregnancy-breastfeeding while most laser-light treatments are "defer"; add a why with a reference',
    )
  })

  const cases: [string, (k: FixtureKb) => void, string][] = [
    [
      'a wait on a stance that is not a deferral',
      (k) => k.edit(peel, (t) => t.replace('stance: caution,', 'stance: caution, waitMonths: 3,')),
      'superficial-peel › contraindications.0.waitMonths: only a "defer" stance has a wait',
    ],
    [
      'a "none" without a reason',
      (k) => k.edit(peel, (t) => t.replace('stance: caution, note: A superficial peel needs only care with dry skin.,', 'stance: none,')),
      'superficial-peel › contraindications.0.note: a "none" stance needs a one-line reason',
    ],
    [
      'a shorter wait without a recorded conflict',
      (k) => k.edit(pregnancy, (t) => t.replace('stance: defer', 'stance: defer\n    waitMonths: 3\n    minWaitMonths: 1')),
      'conditions/pregnancy-breastfeeding.yaml › pregnancy-breastfeeding › rules.0.minWaitMonths: a shorter wait needs the conflict',
    ],
    ['an unknown property', (k) => k.edit(laser, (t) => t.replace('properties: [ablative,', 'properties: [glows,')), 'deep-laser › properties.0'],
    [
      'an energy device that declares no energy property',
      (k) => k.edit(laser, (t) => t.replace(/^properties: .*$/m, 'properties: [wounds-epidermis]')),
      'deep-laser › properties: usesEnergyDevice is true but none of heats-dermis, light-laser, electrical-current, focused-ultrasound is declared',
    ],
    [
      'a dermal wound without an epidermal one',
      (k) => k.edit(laser, (t) => t.replace('wounds-epidermis, ', '')),
      'deep-laser › properties: "wounds-dermis" needs "wounds-epidermis"',
    ],
    [
      'a condition decided twice by one treatment',
      (k) => k.edit(peel, (t) => t.replace(/^( {2}- \{ id: isotretinoin.*)$/m, '$1\n$1')),
      'superficial-peel › contraindications.1.id: condition "isotretinoin" is decided twice',
    ],
  ]
  it.each(cases)('fails on %s with a message naming file, record and field', (_name, breakIt, expected) => {
    breakIt(kb)
    expect(compileError()).toContain(expected)
  })
})
