import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildComparison } from '../../src-main/core/compare'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let fx: FixtureKb
let kb: KnowledgeBase
beforeAll(() => {
  fx = fixtureKb()
  // A third treatment that ties the peel on downtime and sessions, to test ties and "only differences".
  fx.write(
    'treatments/twin-peel.yaml',
    readFileSync(`${fx.contentDir}/treatments/superficial-peel.yaml`, 'utf8')
      .replace('slug: superficial-peel', 'slug: twin-peel')
      .replace('name: Superficial test peel', 'name: Twin test peel')
      .replace('brands: [PeelCo]', 'brands: [TwinCo]'),
  )
  fx.compile()
  kb = openKnowledgeBase(fx.dbPath)
})
afterAll(() => {
  kb.close()
  fx.dispose()
})

const rowOf = (c: ReturnType<typeof buildComparison>, id: string) => c.rows.find((r) => r.id === id)!

describe('comparison model', () => {
  it('keeps the columns in the order asked and orders depth from shallow to deep', () => {
    const c = buildComparison(kb, ['deep-laser', 'superficial-peel'])
    expect(c.columns.map((x) => x.slug)).toEqual(['deep-laser', 'superficial-peel'])
    expect(c.depthOrder).toEqual(['superficial-peel', 'deep-laser'])
  })

  it('aligns every row across columns', () => {
    const c = buildComparison(kb, ['deep-laser', 'superficial-peel', 'twin-peel'])
    for (const r of c.rows) expect(r.values).toHaveLength(3)
  })

  it('marks rows that differ and leaves equal rows unmarked', () => {
    const c = buildComparison(kb, ['superficial-peel', 'twin-peel'])
    expect(rowOf(c, 'depth').differs).toBe(false)
    expect(rowOf(c, 'downtime').differs).toBe(false)
    const d = buildComparison(kb, ['superficial-peel', 'deep-laser'])
    expect(rowOf(d, 'depth').differs).toBe(true)
    expect(rowOf(d, 'mechanisms').differs).toBe(true)
    expect(rowOf(d, 'discomfort').differs).toBe(false)
  })

  it('highlights the deepest, the longest downtime, the most sessions and the fastest onset', () => {
    const c = buildComparison(kb, ['superficial-peel', 'deep-laser'])
    expect(rowOf(c, 'depth').highlight).toMatchObject({ kind: 'deepest', columns: [1] })
    expect(rowOf(c, 'downtime').highlight).toMatchObject({ kind: 'longest-downtime', columns: [1] })
    expect(rowOf(c, 'sessions').highlight).toMatchObject({ kind: 'most-sessions', columns: [0] })
    expect(rowOf(c, 'onset').highlight).toBeUndefined() // both start after one week: a tie is not a difference
  })

  it('highlights the highest pigmentation risk for the chosen Fitzpatrick type', () => {
    expect(rowOf(buildComparison(kb, ['superficial-peel', 'deep-laser'], 'V'), 'fitzpatrick').highlight).toMatchObject({ kind: 'highest-pih', columns: [1] })
    expect(rowOf(buildComparison(kb, ['superficial-peel', 'deep-laser'], 'I'), 'fitzpatrick').highlight).toBeUndefined()
  })

  it('reports unknown slugs and compares the rest', () => {
    const c = buildComparison(kb, ['superficial-peel', 'no-such-thing', 'deep-laser'])
    expect(c.missing).toEqual(['no-such-thing'])
    expect(c.columns).toHaveLength(2)
  })
})

describe('depth extremes go by the typical depth', () => {
  it('names RF microneedling, not pen microneedling with its 2.5 mm needles, the deepest of needling, CO2 and a medium peel', () => {
    const kb2 = openKnowledgeBase(resolve(import.meta.dirname, '../../resources/handbook.db'))
    try {
      const c = buildComparison(kb2, ['dermapen', 'rf-microneedling', 'fractional-co2-laser', 'tca-peel-medium'])
      const depth = c.rows.find((r) => r.id === 'depth')!
      expect(depth.highlight?.columns).toEqual([1])
      expect(c.depthOrder.at(-1)).toBe('rf-microneedling')
      expect(depth.values[0]![0]).toMatch(/typical/)
      expect(depth.values[0]!.join(' ')).toMatch(/maximum 2\.5 mm/)
    } finally {
      kb2.close()
    }
  })
})

describe('the skin-type row', () => {
  it('comes first once a skin type is chosen, and assumes none until then', () => {
    const chosen = buildComparison(kb, ['superficial-peel', 'deep-laser'], 'V')
    expect(chosen.rows[0]!.id).toBe('fitzpatrick')
    expect(chosen.fitzpatrick).toBe('V')
    const open = buildComparison(kb, ['superficial-peel', 'deep-laser'])
    expect(open.fitzpatrick).toBeUndefined()
    const row = open.rows.find((r) => r.id === 'fitzpatrick')!
    expect(row.label).toMatch(/not chosen/)
    expect(row.highlight).toBeUndefined()
    expect(row.values[0]).toHaveLength(6)
  })
})
