import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientWordingProblems } from '../../src-main/core/content/client-wording-check'
import type { Treatment } from '../../src-main/core/content/schema'
import { loadContent } from '../../src-main/core/content/load-content'
import { buildHandout } from '../../src-main/core/handout'
import { openKnowledgeBase } from '../../src-main/core/knowledge-base'
import { fixtureKb } from '../support/fixture-kb'

const base = (over: Partial<Treatment>): Treatment =>
  ({ mechanisms: [{ id: 'ecm-stimulation', role: 'primary' }], clientSummary: 'Fine needles prompt new collagen.', ...over }) as Treatment

describe('client wording agrees with the mechanisms', () => {
  it('flags volume promised by a treatment that restores none', () => {
    expect(clientWordingProblems(base({ clientSummary: 'It restores lost volume in the cheeks.' }))).toHaveLength(1)
  })

  it('flags a summary that denies volume under the general "restores lost volume" sentence', () => {
    const t = base({ mechanisms: [{ id: 'volume-restoration', role: 'primary' }], clientSummary: 'A thin gel for glow rather than to add volume.' })
    expect(clientWordingProblems(t)[0]).toMatch(/both claims and denies volume/)
  })

  it('accepts a treatment-specific sentence that says what it does', () => {
    const t = base({
      mechanisms: [{ id: 'volume-restoration', role: 'primary', clientWording: 'It binds water in the skin rather than adding volume.' }],
      clientSummary: 'A thin gel for glow rather than to add volume.',
    })
    expect(clientWordingProblems(t)).toEqual([])
    expect(
      clientWordingProblems(base({ mechanisms: [{ id: 'volume-restoration', role: 'primary' }], clientSummary: 'A gel restores volume to hollow cheeks.' })),
    ).toEqual([])
  })

  it('holds for every shipped treatment', () => {
    const c = loadContent(resolve(import.meta.dirname, '../../resources/content'))
    for (const t of c.treatments) expect(clientWordingProblems(t), t.slug).toEqual([])
  })

  it('fails the compile of content that contradicts itself, naming file and field', () => {
    const fx = fixtureKb()
    try {
      fx.edit('treatments/superficial-peel.yaml', (t) => t.replace(/^clientSummary: .*$/m, 'clientSummary: A peel that restores lost volume.'))
      expect(() => fx.compile()).toThrow(/superficial-peel.*clientSummary.*volume/s)
    } finally {
      fx.dispose()
    }
  })
})

describe('the skin-booster handout', () => {
  it('no longer tells the client both "not to add volume" and "restores lost volume"', () => {
    const kb = openKnowledgeBase(resolve(import.meta.dirname, '../../resources/handbook.db'))
    try {
      const h = buildHandout(kb, { slugs: ['skin-boosters'] } as never)
      const text = JSON.stringify(h)
      expect(text).not.toMatch(/restores lost volume/i)
      expect(text).toMatch(/rather than (to )?add(ing)? volume/i)
    } finally {
      kb.close()
    }
  })
})
