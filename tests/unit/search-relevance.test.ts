import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureRelevance } from '../../bench/relevance'
import { RELEVANCE_QUERIES } from '../../bench/relevance-queries'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { search } from '../../src-main/core/search'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

// The practitioner query set (bench/relevance-queries.ts) as a floor: the first
// hit must be one a practitioner would accept. `npm run bench` prints the figures.
describe('search relevance on the shipped knowledge base', () => {
  let kb: KnowledgeBase
  beforeAll(() => {
    kb = openKnowledgeBase(resolve(import.meta.dirname, '../../resources/handbook.db'))
  })
  afterAll(() => kb.close())

  it('holds at least 150 queries of every kind', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(150)
    const kinds = new Set(RELEVANCE_QUERIES.map((q) => q.kind))
    for (const k of ['brand', 'typo', 'lay', 'term', 'topic', 'category'] as const) expect(kinds).toContain(k)
  })

  it('puts an acceptable hit first for at least 95 % of them, and in the top three for 97 %', () => {
    const r = measureRelevance(kb)
    const misses = r.misses.map((m) => `${m.query.q} → ${m.got[0] ?? 'nothing'}`)
    expect(r.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(r.top3).toBeGreaterThanOrEqual(0.97)
  })

  it('names a concern, not a treatment that mentions the words, for lay words', () => {
    for (const q of ['sagging', 'melasma', 'large pores', 'acne scars', "crow's feet"]) expect(search(kb, q).best?.kind, q).toBe('concern')
  })

  it('opens the whole category for a category word', () => {
    const r = search(kb, 'chemical peel')
    expect(r.best).toMatchObject({ kind: 'category', key: 'category=peel' })
    expect(r.best!.snippet[0]!.text).toBe('All 10 treatments')
  })

  it('puts a glossary term above the treatments that use it', () => {
    expect(search(kb, 'fibroblast').best).toMatchObject({ kind: 'glossary', key: 'fibroblast' })
  })
})

// The matching rules on synthetic content, so they hold whatever the shipped content says.
describe('name matching rules', () => {
  let fx: FixtureKb
  let kb: KnowledgeBase
  beforeAll(() => {
    fx = fixtureKb()
    fx.edit('treatments/deep-laser.yaml', (t) => t.replace('brands: [LaserCo]', 'brands: [LaserCo, "Zéta-Pulse 8", "CO₂ Blaster"]'))
    fx.compile()
    kb = openKnowledgeBase(fx.dbPath)
  })
  afterAll(() => {
    kb.close()
    fx.dispose()
  })

  it.each([['zeta pulse 8'], ['ZETA-PULSE8'], ['zetapulse 8'], ['Zéta Pulse 8'], ['co2 blaster'], ['CO 2 blaster'], ['laser co'], ['zeta pulze 8']])(
    'finds a brand written as %s whatever the case, accents, spaces, hyphens and digit spacing',
    (q) => {
      expect(search(kb, q).best).toMatchObject({ kind: 'treatment', key: 'deep-laser' })
    },
  )

  it('lets a plural, an alias and a concern name find their thing', () => {
    expect(search(kb, 'fruit acid peels').best?.key).toBe('superficial-peel')
    expect(search(kb, 'acne scar').best).toMatchObject({ kind: 'concern', key: 'acne-scars' })
  })

  it('finds nothing for a word nothing answers to', () => {
    expect(search(kb, 'qqqzzzx').best).toBeUndefined()
  })
})
