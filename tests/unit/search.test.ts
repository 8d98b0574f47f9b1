import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { queryWords, search } from '../../src-main/core/search'
import { editDistance } from '../../src-main/core/spelling'

// Search is judged on the real knowledge base: that is what practitioners type into.
let kb: KnowledgeBase
beforeAll(() => {
  kb = openKnowledgeBase(resolve(import.meta.dirname, '../../resources/handbook.db'))
})
afterAll(() => kb.close())

const firstTreatment = (q: string) => search(kb, q).groups.find((g) => g.kind === 'treatment')?.hits[0]?.key

describe('search', () => {
  it.each([
    ['botox', 'botulinum-toxin-a'],
    ['Ultherapy', 'microfocused-ultrasound'],
    ['dermaroller', 'dermaroller'],
    ['jessner', 'jessner-peel'],
    ['Sculptra', 'poly-l-lactic-acid'],
    ['Radiesse', 'calcium-hydroxylapatite'],
    ['Morpheus8', 'rf-microneedling'],
  ])('finds %s by name, alias or brand', (q, slug) => {
    expect(firstTreatment(q)).toBe(slug)
  })

  it('finds Fraxel among the non-ablative fractional lasers', () => {
    const hits = search(kb, 'Fraxel')
      .groups.find((g) => g.kind === 'treatment')!
      .hits.map((h) => h.key)
    expect(hits).toContain('non-ablative-fractional-1550')
  })

  it('matches by prefix', () => {
    const hits = search(kb, 'micron')
      .groups.find((g) => g.kind === 'treatment')!
      .hits.map((h) => h.key)
    expect(hits).toEqual(expect.arrayContaining(['dermaroller', 'dermapen']))
  })

  it.each([
    ['dermarolar', 'dermaroller'],
    ['microneedlng', undefined],
    ['hyaluronc', 'hyaluronic-acid-filler'],
    ['botulinim', 'botulinum-toxin-a'],
    ['botx', 'botulinum-toxin-a'],
    ['ultherpy', 'microfocused-ultrasound'],
  ])('forgives the typo %s', (q, slug) => {
    const r = search(kb, q)
    expect(r.corrected).toBeDefined()
    expect(r.groups.length).toBeGreaterThan(0)
    if (slug) expect(r.groups.find((g) => g.kind === 'treatment')!.hits.map((h) => h.key)).toContain(slug)
  })

  it('marks the matched words in snippets', () => {
    const hit = search(kb, 'collagen').groups[0]!.hits[0]!
    expect(hit.snippet.some((s) => s.mark && /collagen/i.test(s.text))).toBe(true)
  })

  it('groups by kind in a fixed order', () => {
    const kinds = search(kb, 'collagen').groups.map((g) => g.kind)
    const order = ['category', 'treatment', 'mechanism', 'concern', 'glossary', 'guide', 'layer']
    expect(kinds).toEqual(order.filter((k) => kinds.includes(k as never)))
    expect(kinds.length).toBeGreaterThan(1)
  })

  it.each([
    '"',
    '"unbalanced',
    'peel*',
    '*',
    'NEAR(a b)',
    'title:peel',
    'a OR',
    '(((',
    '-peel',
    '^peel',
    "'; DROP TABLE treatments; --",
    '\u0000',
    '💉 laser',
    'ﬁller',
    'A\u0301BLATIVE',
  ])('never fails on FTS syntax or odd characters: %s', (q) => {
    expect(() => search(kb, q)).not.toThrow()
  })

  it('treats accented input like plain letters', () => {
    expect(firstTreatment('dérmaroller')).toBe('dermaroller')
  })

  it('offers suggestions when nothing matches', () => {
    const r = search(kb, 'qqqzzzx')
    expect(r.groups).toEqual([])
    expect(r.suggestions.length).toBeGreaterThan(0)
  })

  it('offers the words one at a time when each is known but together they match nothing', () => {
    const r = search(kb, 'sebum hours cheekbone')
    expect(r.groups).toEqual([])
    expect(r.suggestions[0]).toBe('cheekbone')
    expect(r.suggestions).toEqual(expect.arrayContaining(['sebum', 'hours']))
    for (const s of r.suggestions) expect(search(kb, s).groups.length).toBeGreaterThan(0)
  })

  it('answers a question with the things it names', () => {
    const r = search(kb, 'how long is downtime after a peel')
    expect(r.best).toMatchObject({ kind: 'guide', key: 'faq-downtime' })
    expect(r.groups.find((g) => g.kind === 'category')?.hits.map((h) => h.key)).toEqual(['category=peel'])
  })

  it('keeps only letters and digits of the query', () => {
    expect(queryWords('"peel*" AND (laser)')).toEqual(['peel', 'and', 'laser'])
  })

  it('counts a transposition as one edit', () => {
    expect(editDistance('peel', 'pele', 2)).toBe(1)
    expect(editDistance('dermarolar', 'dermaroller', 2)).toBe(2)
  })
})

describe('exact names come first', () => {
  it.each([
    ['PRP', 'prp'],
    ['IPL', 'ipl'],
    ['HIFU', 'hifu'],
  ])('%s opens %s before longer names that contain it', (q, slug) => {
    expect(firstTreatment(q)).toBe(slug)
  })
})
