import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { buildChecklist } from '../../src-main/core/plan/plan-checklist'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'

describe('pre-treatment checklist', () => {
  let fx: FixtureKb
  let kb: KnowledgeBase
  beforeEach(() => {
    fx = fixtureKb()
    // A statement for isotretinoin only: pregnancy falls back to the condition's own client wording.
    fx.write('checklist.yaml', '- id: isotretinoin\n  statement: I have not taken acne tablets since the date below.\n  dated: true\n')
    fx.compile()
    kb = openKnowledgeBase(fx.dbPath)
  })
  afterEach(() => {
    kb.close()
    fx.dispose()
  })

  it('asks one yes/no line per condition that puts the treatment off, with a date where a wait counts from one', () => {
    const c = buildChecklist(kb, ['deep-laser'])
    expect(c.notice).toMatch(/supports, and does not replace, your clinic's own consent form/)
    expect(c.sections).toHaveLength(1)
    expect(c.sections[0]!.lines).toEqual([
      { conditionId: 'pregnancy-breastfeeding', statement: 'This does not apply to me: Tell us if you are pregnant.', dated: false, effect: 'puts-off' },
      { conditionId: 'isotretinoin', statement: 'I have not taken acne tablets since the date below.', dated: true, waitMonths: 6, effect: 'puts-off' },
    ])
  })

  it('refuses a checklist line for a condition the handbook does not have', () => {
    fx.write('checklist.yaml', '- id: no-such-condition\n  statement: Something.\n')
    expect(() => fx.compile()).toThrow(/checklist\.yaml › no-such-condition › id: unknown condition/)
  })

  it('names an unknown treatment plainly', () => {
    expect(() => buildChecklist(kb, ['nope'])).toThrow(/No treatment "nope"/)
  })
})
