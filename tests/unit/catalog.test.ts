import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listCatalog, suitsFitzpatrick } from '../../src-main/core/catalog'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let fx: FixtureKb
let kb: KnowledgeBase
beforeAll(() => {
  fx = fixtureKb()
  fx.compile()
  kb = openKnowledgeBase(fx.dbPath)
})
afterAll(() => {
  kb.close()
  fx.dispose()
})

const slugs = (l: ReturnType<typeof listCatalog>) => l.items.map((i) => i.slug)

describe('catalog filters', () => {
  it('lists everything without filters, sorted by name', () => {
    expect(slugs(listCatalog(kb, {}))).toEqual(['deep-laser', 'superficial-peel'])
  })

  it('filters by mechanism, category, concern, deepest layer, downtime and sessions', () => {
    expect(slugs(listCatalog(kb, { mechanism: 'exfoliation' }))).toEqual(['superficial-peel'])
    expect(slugs(listCatalog(kb, { category: 'laser-light' }))).toEqual(['deep-laser'])
    expect(slugs(listCatalog(kb, { concern: 'acne-scars' }))).toEqual(['deep-laser'])
    expect(slugs(listCatalog(kb, { layer: 'epidermis' }))).toEqual(['superficial-peel'])
    expect(slugs(listCatalog(kb, { maxDowntimeDays: 3 }))).toEqual(['superficial-peel'])
    expect(slugs(listCatalog(kb, { maxSessions: 2 }))).toEqual(['deep-laser'])
  })

  it('combines filters and counts each facet with the other filters applied', () => {
    const l = listCatalog(kb, { concern: 'fine-lines', category: 'peel' })
    expect(slugs(l)).toEqual(['superficial-peel'])
    expect(l.facets.category).toEqual({ peel: 1, 'laser-light': 1 })
    expect(l.facets.concern).toEqual({ dullness: 1, 'fine-lines': 1 })
  })

  it('treats a high pigmentation risk as unsuitable for that Fitzpatrick type', () => {
    expect(slugs(listCatalog(kb, { fitzpatrick: 'V' }))).toEqual(['superficial-peel'])
    expect(slugs(listCatalog(kb, { fitzpatrick: 'VI' }))).toEqual([])
    expect(suitsFitzpatrick({ fitzpatrick: { I: { pih: 'low', scarring: 'low' } } } as never, 'I')).toBe(true)
  })
})
