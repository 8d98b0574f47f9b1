// The per-knowledge-base index (kb-index.ts): each open knowledge base answers
// from its own tables, even while another is open, and each table is built once,
// on first use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allTreatments, getTreatment } from '../../src-main/core/catalog'
import { indexed } from '../../src-main/core/kb-index'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { search } from '../../src-main/core/search'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

let fixtures: FixtureKb[] = []
let open: KnowledgeBase[] = []
let a: KnowledgeBase
let b: KnowledgeBase

beforeAll(() => {
  const first = fixtureKb()
  const second = fixtureKb()
  // The same content but for one treatment's name, so each answer shows which file it came from.
  second.edit('treatments/superficial-peel.yaml', (text) => text.replace('name: Superficial test peel', 'name: Lunchtime glow peel'))
  fixtures = [first, second]
  for (const f of fixtures) f.compile()
  a = openKnowledgeBase(first.dbPath)
  b = openKnowledgeBase(second.dbPath)
  open = [a, b]
})
afterAll(() => {
  for (const kb of open) kb.close()
  for (const f of fixtures) f.dispose()
})

const names = (kb: KnowledgeBase) => allTreatments(kb).map((x) => x.treatment.name)
const treatmentHits = (kb: KnowledgeBase, query: string) => search(kb, query).groups.flatMap((g) => (g.kind === 'treatment' ? g.hits.map((h) => h.title) : []))

describe('the per-knowledge-base index', () => {
  it('answers each open knowledge base from its own records, whichever was read first', () => {
    expect(names(a)).toContain('Superficial test peel')
    expect(names(b)).toContain('Lunchtime glow peel')
    expect(names(b)).not.toContain('Superficial test peel')
    expect(getTreatment(a, 'superficial-peel').treatment.name).toBe('Superficial test peel')
    expect(getTreatment(b, 'superficial-peel').treatment.name).toBe('Lunchtime glow peel')
    // Search builds several entries of its own (names, spelling terms, statements): each from its own file.
    expect(treatmentHits(b, 'lunchtime')).toEqual(['Lunchtime glow peel'])
    expect(treatmentHits(a, 'lunchtime')).toEqual([])
    expect(treatmentHits(a, 'superficial test')).toEqual(['Superficial test peel'])
    expect(treatmentHits(b, 'superficial test')).toEqual([])
  })

  it('gives the same file opened twice two indexes, so closing one leaves the other whole', () => {
    const again = openKnowledgeBase(fixtures[0]!.dbPath)
    const built = allTreatments(again)
    expect(built).not.toBe(allTreatments(a))
    expect(built).toEqual(allTreatments(a))
    again.close()
    expect(names(a)).toContain('Superficial test peel')
    expect(treatmentHits(a, 'superficial test')).toEqual(['Superficial test peel'])
  })

  it('builds an entry on first use, once per knowledge base', () => {
    const fresh = openKnowledgeBase(fixtures[0]!.dbPath)
    const otherFresh = openKnowledgeBase(fixtures[1]!.dbPath)
    open.push(fresh, otherFresh)
    let builds = 0
    const build = () => {
      builds++
      return [`names read ${builds}`]
    }
    // Opening built nothing: the first ask builds, every later ask gets the same value.
    const first = indexed(fresh, 'treatmentNames', build)
    expect(builds).toBe(1)
    expect(indexed(fresh, 'treatmentNames', build)).toBe(first)
    expect(builds).toBe(1)
    // Another knowledge base's entry of the same name is its own.
    const other = indexed(otherFresh, 'treatmentNames', build)
    expect(other).not.toBe(first)
    expect(builds).toBe(2)
    expect(allTreatments(fresh)).toBe(allTreatments(fresh))
  })

  it('names its entries in types: a misspelt entry or a wrong kind of value does not compile', () => {
    // npm run typecheck checks these lines: were either accepted, the unused @ts-expect-error would fail it.
    // @ts-expect-error 'treatmnets' is not an entry of the index
    expect(() => indexed(a, 'treatmnets', () => [])).not.toThrow()
    // @ts-expect-error treatmentNames holds strings, not numbers
    expect(indexed(a, 'treatmentNames', () => [42])).toBeDefined()
  })
})
