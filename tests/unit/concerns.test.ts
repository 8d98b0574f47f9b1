import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getConcernPage } from '../../src-main/core/concerns'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

const STRENGTH = { strong: 0, moderate: 1, mild: 2 } as const
const EVIDENCE = { A: 0, B: 1, C: 2 } as const

describe('concern pages on the shipped knowledge base', () => {
  let kb: KnowledgeBase
  beforeAll(() => {
    kb = openKnowledgeBase(resolve(import.meta.dirname, '../../resources/handbook.db'))
  })
  afterAll(() => kb.close())

  it('ranks treatments by strength of effect, then by evidence', () => {
    const page = getConcernPage(kb, 'acne-scars')
    expect(page.treatments.length).toBeGreaterThan(3)
    const keys = page.treatments.map((x) => [STRENGTH[x.strength], EVIDENCE[x.summary.evidenceLevel]] as const)
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!]
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true)
    }
    expect(page.treatments.every((x) => x.summary.concerns.some((c) => c.id === 'acne-scars'))).toBe(true)
  })

  it('gives melasma, rosacea and active acne their own pages with sources', () => {
    for (const id of ['melasma', 'rosacea', 'active-acne']) {
      const page = getConcernPage(kb, id)
      expect(page.concern.description.length).toBeGreaterThan(80)
      expect(page.references.length).toBeGreaterThan(0)
    }
    const melasma = getConcernPage(kb, 'melasma')
    expect(melasma.borrowed).toBe(true)
    expect(melasma.broader?.id).toBe('hyperpigmentation')
  })

  it('refuses an unknown concern with NOT_FOUND', () => {
    expect(() => getConcernPage(kb, 'no-such-concern')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
  })
})

describe('concern pages on synthetic content', () => {
  let fx: FixtureKb
  let kb: KnowledgeBase
  beforeAll(() => {
    fx = fixtureKb()
    fx.edit(
      'concerns.yaml',
      (t) => `${t.trimEnd()}\n- { id: ice-pick-scars, name: Ice-pick scars, description: A narrower test concern., broader: acne-scars }\n`,
    )
    fx.compile()
    kb = openKnowledgeBase(fx.dbPath)
  })
  afterAll(() => {
    kb.close()
    fx.dispose()
  })

  it('lists a narrower concern under its broader one and says so', () => {
    const page = getConcernPage(kb, 'ice-pick-scars')
    expect(page.borrowed).toBe(true)
    expect(page.treatments.map((x) => x.summary.slug)).toEqual(getConcernPage(kb, 'acne-scars').treatments.map((x) => x.summary.slug))
  })

  it('fails the compile on a broader concern that does not exist', () => {
    const bad = fixtureKb()
    try {
      bad.edit('concerns.yaml', (t) => `${t.trimEnd()}\n- { id: orphan, name: Orphan, description: Test., broader: nowhere }\n`)
      expect(() => bad.compile()).toThrow(/broader.*nowhere/)
    } finally {
      bad.dispose()
    }
  })
})
