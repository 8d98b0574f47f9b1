// How a safety-matrix cell is said: the words a practitioner reads on screen, in print and from a screen reader.
import { describe, expect, it } from 'vitest'
import type { SafetyDecision } from '../../src-main/core/content/schema'
import { cellLabel, cellShort, moveInGrid } from '../../src-renderer/src/lib/safety-cells'

const d = (x: Partial<SafetyDecision>): SafetyDecision => ({ id: 'c', stance: 'none', refs: ['r'], source: 'class', ...x })

describe('safety cell words', () => {
  it('says each stance in a short label and in full, with the wait and any disagreement', () => {
    expect(cellShort(d({ stance: 'exclude' }))).toBe('EXCL')
    expect(cellShort(d({ stance: 'defer', waitMonths: 6 }))).toBe('DEFER 6m')
    expect(cellShort(d({ stance: 'defer', waitMonths: 0.5 }))).toBe('DEFER 2w')
    expect(cellShort(d({ stance: 'defer', waitMonths: 0 }))).toBe('DEFER')
    expect(cellShort(null)).toBe('?')
    expect(cellLabel(d({ stance: 'defer', waitMonths: 12, minWaitMonths: 6 }))).toBe(
      'Deferred, wait 12 months after it has passed; sources disagree, the shortest cited wait is 6 months',
    )
    expect(cellLabel(d({ stance: 'defer', waitMonths: 0, minWaitMonths: 0 }))).toBe(
      'Deferred until it has passed; sources disagree, one cited position needs no wait',
    )
    expect(cellLabel(d({ stance: 'none' }))).toBe('No known interaction')
    expect(cellLabel(null)).toBe('No data')
  })

  it('moves within the grid and stops at its edges', () => {
    const at = { row: 0, col: 0 }
    expect(moveInGrid('ArrowLeft', at, 5, 4)).toEqual(at)
    expect(moveInGrid('ArrowUp', at, 5, 4)).toEqual(at)
    expect(moveInGrid('ArrowRight', at, 5, 4)).toEqual({ row: 0, col: 1 })
    expect(moveInGrid('End', { row: 2, col: 1 }, 5, 4)).toEqual({ row: 2, col: 3 })
    expect(moveInGrid('End', { row: 2, col: 1 }, 5, 4, true)).toEqual({ row: 4, col: 3 })
    expect(moveInGrid('PageDown', { row: 2, col: 1 }, 5, 4)).toEqual({ row: 4, col: 1 })
    expect(moveInGrid('a', at, 5, 4)).toBeUndefined()
  })
})
