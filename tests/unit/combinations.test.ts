import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContent } from '../../src-main/core/content/load-content'
import { pairsOf } from '../../src-main/core/content/write-pairs'
import { resolvePairs } from '../../src-main/core/combinations/resolve-pairs'
import type { CombinationRule } from '../../src-main/core/content/combination-schema'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

const rule = (r: Partial<CombinationRule> & Pick<CombinationRule, 'id' | 'a' | 'b'>): CombinationRule => ({
  sameDay: 'yes',
  gapDays: { aThenB: 0, bThenA: 0 },
  why: 'because',
  refs: ['r'],
  ...r,
})
const T = [
  { slug: 'filler', properties: ['injects', 'leaves-implant'] },
  { slug: 'laser', properties: ['heats-dermis', 'light-laser'] },
  { slug: 'peel', properties: ['acid'] },
  { slug: 'rf', properties: ['heats-dermis', 'electrical-current'] },
]
const find = (pairs: ReturnType<typeof resolvePairs>, x: string, y: string) =>
  pairs.find((p) => (p.first === x && p.second === y) || (p.first === y && p.second === x))!

describe('combination rules on synthetic treatments', () => {
  it('applies a class rule keyed on properties in the direction it names, and leaves unmatched pairs as "no data"', () => {
    const pairs = resolvePairs(
      T,
      [
        rule({
          id: 'heat-then-implant',
          a: { when: ['heats-dermis'], unless: [] },
          b: { when: ['leaves-implant'], unless: [] },
          sameDay: 'in-order',
          gapDays: { aThenB: 0, bThenA: 28 },
        }),
      ],
      [],
    )
    expect(pairs).toHaveLength(6)
    const fl = find(pairs, 'filler', 'laser')
    // Stored with first < second: filler then laser must wait 28 days; laser then filler may follow at once.
    expect(fl).toMatchObject({
      first: 'filler',
      second: 'laser',
      source: 'class',
      sameDay: 'in-order',
      sameDayFirst: 'laser',
      gapFirstThenSecond: 28,
      gapSecondThenFirst: 0,
    })
    expect(find(pairs, 'peel', 'laser')).toMatchObject({ source: 'none', sameDay: 'unknown', gapFirstThenSecond: null })
    expect(find(pairs, 'peel', 'laser').why).toMatch(/no data: use clinical judgement/i)
  })

  it('lets a specific pair rule override the class rule', () => {
    const cls = rule({
      id: 'heat-then-implant',
      a: { when: ['heats-dermis'], unless: [] },
      b: { when: ['leaves-implant'], unless: [] },
      sameDay: 'in-order',
      gapDays: { aThenB: 0, bThenA: 28 },
    })
    const specific = rule({ id: 'laser-filler', a: { slugs: ['laser'] }, b: { slugs: ['filler'] }, sameDay: 'yes', gapDays: { aThenB: 0, bThenA: 7 } })
    const pairs = resolvePairs(T, [cls], [specific])
    expect(find(pairs, 'filler', 'laser')).toMatchObject({ source: 'specific', ruleIds: ['laser-filler'], sameDay: 'yes', gapFirstThenSecond: 7 })
    expect(find(pairs, 'filler', 'rf')).toMatchObject({ source: 'class', gapFirstThenSecond: 28 })
  })

  it('resolves two class rules on one pair to the most cautious, naming both', () => {
    const a = rule({
      id: 'short',
      a: { when: ['heats-dermis'], unless: [] },
      b: { when: ['injects'], unless: [] },
      sameDay: 'yes',
      gapDays: { aThenB: 3, bThenA: 7 },
    })
    const b = rule({
      id: 'long',
      a: { when: ['leaves-implant'], unless: [] },
      b: { when: ['light-laser'], unless: [] },
      sameDay: 'no',
      gapDays: { aThenB: 14, bThenA: 1 },
    })
    const p = find(resolvePairs(T, [a, b], []), 'filler', 'laser')
    expect(p.ruleIds.sort()).toEqual(['long', 'short'])
    // filler → laser: 7 (short, b then a) vs 14 (long, a then b) → 14; laser → filler: 3 vs 1 → 3.
    expect(p).toMatchObject({ sameDay: 'no', gapFirstThenSecond: 14, gapSecondThenFirst: 3 })
  })

  it('turns two opposite visit orders into separate visits', () => {
    const a = rule({ id: 'x', a: { slugs: ['laser'] }, b: { slugs: ['filler'] }, sameDay: 'in-order' })
    const b = rule({ id: 'y', a: { when: ['leaves-implant'], unless: [] }, b: { when: ['light-laser'], unless: [] }, sameDay: 'in-order' })
    expect(find(resolvePairs(T, [a, b], []), 'filler', 'laser')).toMatchObject({ sameDay: 'no', sameDayFirst: null })
  })
})

describe('combination rules in the compiler', () => {
  let kb: FixtureKb
  beforeEach(() => {
    kb = fixtureKb()
  })
  afterEach(() => kb.dispose())

  it('writes every pair and reports how each is decided', () => {
    kb.write(
      'combinations.yaml',
      `pairRules:\n  - id: peel-laser\n    a: { slugs: [superficial-peel] }\n    b: { slugs: [deep-laser] }\n    sameDay: 'no'\n    gapDays: { aThenB: 14, bThenA: 30 }\n    why: A test rule.\n    refs: [fixture-review]\n`,
    )
    const r = kb.compile()
    expect(r.counts).toMatchObject({ 'pairs decided by a specific rule': 1, 'pairs decided by a class rule': 0, 'pairs with no data': 0 })
    const db = new Database(kb.dbPath, { readonly: true })
    expect(db.prepare('SELECT first, second, source, same_day, gap_first_then_second, gap_second_then_first FROM treatment_pairs').all()).toEqual([
      { first: 'deep-laser', second: 'superficial-peel', source: 'specific', same_day: 'no', gap_first_then_second: 30, gap_second_then_first: 14 },
    ])
    db.close()
  })

  it('refuses a rule naming an unknown treatment or reference, with the file and rule', () => {
    kb.write(
      'combinations.yaml',
      `pairRules:\n  - id: ghost\n    a: { slugs: [nobody] }\n    b: { slugs: [deep-laser] }\n    sameDay: 'yes'\n    gapDays: { aThenB: 0, bThenA: 0 }\n    why: A test rule.\n    refs: [no-such-ref]\n`,
    )
    expect(() => kb.compile()).toThrow(/combinations\.yaml › ghost › a\.slugs: unknown treatment "nobody"/)
    expect(() => kb.compile()).toThrow(/unknown reference "no-such-ref"/)
  })

  it('refuses a contested rule that is less cautious than one of its positions', () => {
    kb.write(
      'combinations.yaml',
      `pairRules:\n  - id: lax\n    a: { slugs: [superficial-peel] }\n    b: { slugs: [deep-laser] }\n    sameDay: 'yes'\n    gapDays: { aThenB: 0, bThenA: 0 }\n    why: A test rule.\n    refs: [fixture-review]\n    conflict:\n      summary: They disagree.\n      positions:\n        - { stance: Wait., gapDays: { aThenB: 10, bThenA: 0 }, refs: [fixture-review] }\n        - { stance: Do not wait., gapDays: { aThenB: 0, bThenA: 0 }, refs: [fixture-label] }\n`,
    )
    expect(() => kb.compile()).toThrow(/combinations\.yaml › lax › gapDays: .*most cautious/)
  })
})

describe('shipped combination content', () => {
  const content = loadContent(resolve(import.meta.dirname, '../../resources/content'))
  const pairs = pairsOf(content)
  const n = content.treatments.length
  const refKind = new Map(content.references.map((r) => [r.id, r]))

  it('decides every pair or says explicitly that there is no data', () => {
    expect(pairs).toHaveLength((n * (n - 1)) / 2)
    for (const p of pairs) {
      if (p.source === 'none') expect(p).toMatchObject({ sameDay: 'unknown', gapFirstThenSecond: null, refs: [] })
      else {
        expect(p.refs.length).toBeGreaterThan(0)
        expect(p.gapFirstThenSecond).not.toBeNull()
      }
    }
  })

  it('rests every specific pair on primary sources linked over https, and shows where sources disagree', () => {
    const specific = pairs.filter((p) => p.source === 'specific')
    const byKind: Record<string, number> = {}
    for (const p of specific) {
      const kinds = new Set(p.refs.map((r) => refKind.get(r)!.type))
      for (const k of kinds) byKind[k] = (byKind[k] ?? 0) + 1
      for (const r of p.refs) {
        expect(['guideline', 'systematic-review', 'review', 'rct', 'cohort', 'case-series', 'product-label', 'textbook']).toContain(refKind.get(r)!.type)
        const url = refKind.get(r)!.url
        if (url) expect(url).toMatch(/^https:\/\//)
      }
    }
    console.info(`specifically sourced pairs: ${specific.length}; by source type: ${JSON.stringify(byKind)}`)
    expect(specific.length).toBeGreaterThanOrEqual(15)
    const co2Filler = pairs.find((p) => p.first === 'fractional-co2-laser' && p.second === 'hyaluronic-acid-filler')!
    expect(co2Filler).toMatchObject({ source: 'specific', sameDayFirst: 'fractional-co2-laser', gapSecondThenFirst: 28, gapFirstThenSecond: 0 })
    expect(co2Filler.conflict?.positions.map((p) => p.gapSecondThenFirst).sort()).toEqual([0, 28])
    expect(pairs.find((p) => p.first === 'botulinum-toxin-a' && p.second === 'hyaluronic-acid-filler')).toMatchObject({
      sameDay: 'in-order',
      sameDayFirst: 'hyaluronic-acid-filler',
    })
  })
})
