import { describe, expect, it } from 'vitest'
import { fitLabel, spreadLabels } from '../../src-renderer/src/lib/label-layout'

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 40, 80], 12, 0, 100)).toEqual([10, 40, 80])
  })
  it('pushes crowded labels apart by at least the gap, in order', () => {
    const ys = spreadLabels([30, 30.5, 31, 90], 12, 0, 100)
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12)
    expect(ys[0]).toBe(30)
  })
  it('keeps them inside the bounds, moving earlier labels up when the last would fall off', () => {
    const ys = spreadLabels([95, 96, 97], 12, 0, 100)
    expect(ys.at(-1)).toBe(100)
    expect(ys).toEqual([76, 88, 100])
  })
})

describe('fitLabel', () => {
  it('shortens a name to the room it has and marks the cut', () => {
    expect(fitLabel('Radiofrequency microneedling', 65, 6.5)).toBe('Radiofreq…')
    expect(fitLabel('PRP', 65, 6.5)).toBe('PRP')
  })
})
