import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { changelog } from '../../src-main/core/content/changelog'
import type { ReleaseManifest } from '../../src-main/core/content/release-manifest'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

// Two small releases: v1 → v2 tightens a wait, makes a relative contraindication absolute,
// raises a risk's frequency, adds and drops risks, deepens one treatment, and swaps one treatment for another.
const v1: ReleaseManifest = {
  contentVersion: 'v1',
  treatments: {
    peel: {
      name: 'Peel',
      conditions: { isotretinoin: { stance: 'relative, until it passes', waitMonths: 6 }, pregnancy: { stance: 'relative' } },
      risks: { Redness: 'common', Scarring: 'rare' },
      depth: { minMm: 0, maxMm: 0.1 },
    },
    laser: { name: 'Laser', conditions: { tan: { stance: 'relative' } }, risks: { Burns: 'rare' }, depth: { minMm: 0, maxMm: 1 } },
    rolled: { name: 'Old roller', conditions: {}, risks: {}, depth: { minMm: 0, maxMm: 1.5 } },
  },
}
const v2: ReleaseManifest = {
  contentVersion: 'v2',
  treatments: {
    peel: {
      name: 'Peel',
      conditions: { isotretinoin: { stance: 'relative, until it passes', waitMonths: 12, minWaitMonths: 1 }, pregnancy: { stance: 'absolute' } },
      risks: { Redness: 'very-common', Swelling: 'common' },
      depth: { minMm: 0, maxMm: 0.1 },
    },
    laser: { name: 'Laser', conditions: { tan: { stance: 'relative' } }, risks: { Burns: 'rare' }, depth: { minMm: 0, maxMm: 1.2 } },
    pen: { name: 'Pen', conditions: {}, risks: {}, depth: { minMm: 0, maxMm: 2.5 } },
  },
}

describe('what changed between two releases', () => {
  it('lists every added or removed treatment and every changed safety fact with its old and new value', () => {
    const log = changelog(v1, v2)
    expect(log.from).toBe('v1')
    expect(log.to).toBe('v2')
    expect(log.changes).toEqual([
      { slug: 'laser', name: 'Laser', kind: 'depth', subject: '', old: '0–1 mm', new: '0–1.2 mm' },
      { slug: 'peel', name: 'Peel', kind: 'wait', subject: 'isotretinoin', old: '6 months', new: '1–12 months' },
      { slug: 'peel', name: 'Peel', kind: 'stance', subject: 'pregnancy', old: 'relative', new: 'absolute' },
      { slug: 'peel', name: 'Peel', kind: 'risk', subject: 'Redness', old: 'common', new: 'very-common' },
      { slug: 'peel', name: 'Peel', kind: 'risk', subject: 'Scarring', old: 'rare' },
      { slug: 'peel', name: 'Peel', kind: 'risk', subject: 'Swelling', new: 'common' },
      { slug: 'pen', name: 'Pen', kind: 'treatment-added', subject: '' },
      { slug: 'rolled', name: 'Old roller', kind: 'treatment-removed', subject: '' },
    ])
  })

  it('says nothing changed when the safety facts are the same', () => {
    expect(changelog(v1, { ...v1, contentVersion: 'v1.1' }).changes).toEqual([])
  })
})

describe('the compiled changelog', () => {
  let kb: FixtureKb
  afterEach(() => kb.dispose())

  it('compares the content with the release handbook.yaml names and stores the result in the database', () => {
    kb = fixtureKb()
    kb.compile()
    const db = new Database(kb.dbPath, { readonly: true })
    const manifest = JSON.parse((db.prepare("SELECT value FROM meta WHERE key = 'safety_manifest'").get() as { value: string }).value) as ReleaseManifest
    db.close()
    // The previous release: the peel deferred six months after isotretinoin (now only a caution), and no deep laser.
    const previous: ReleaseManifest = structuredClone({ ...manifest, contentVersion: 'fixture-0' })
    expect(previous.treatments['superficial-peel']!.conditions['isotretinoin']).toEqual({ stance: 'caution' })
    previous.treatments['superficial-peel']!.conditions['isotretinoin'] = { stance: 'defer', waitMonths: 6 }
    delete previous.treatments['deep-laser']
    mkdirSync(join(kb.dir, 'release-manifests'))
    writeFileSync(join(kb.dir, 'release-manifests', 'fixture-0.json'), JSON.stringify(previous))
    kb.edit('handbook.yaml', (t) => `${t}previousRelease: fixture-0\n`)
    kb.compile()
    const after = new Database(kb.dbPath, { readonly: true })
    const log = JSON.parse((after.prepare("SELECT value FROM meta WHERE key = 'changelog'").get() as { value: string }).value)
    after.close()
    expect(log).toEqual({
      from: 'fixture-0',
      to: 'fixture-1',
      changes: [
        { slug: 'deep-laser', name: expect.any(String), kind: 'treatment-added', subject: '' },
        { slug: 'superficial-peel', name: expect.any(String), kind: 'stance', subject: 'isotretinoin', old: 'defer', new: 'caution' },
        { slug: 'superficial-peel', name: expect.any(String), kind: 'wait', subject: 'isotretinoin', old: '6 months' },
      ],
    })
  })

  it('refuses to compile against a release whose manifest is missing', () => {
    kb = fixtureKb()
    kb.edit('handbook.yaml', (t) => `${t}previousRelease: fixture-0\n`)
    expect(() => kb.compile()).toThrow(/handbook\.yaml › \(file\) › previousRelease: no manifest for release fixture-0/)
  })
})
