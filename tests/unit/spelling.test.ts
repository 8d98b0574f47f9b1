import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closestTerm, editDistance, nearTerms, typoBudget, type Term } from '../../src-main/core/spelling'

// The plain definition, cell by cell, to hold the fast paths (reused rows,
// the character-set filter that skips most terms) to the same answers.
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  return d[a.length]![b.length]!
}

// Few letters, so random words land near each other and the filters are really exercised.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'r', 's', '1', 'é'), minLength: 0, maxLength: 9 })
const vocabulary = fc.uniqueArray(fc.record({ term: word, docs: fc.nat(50) }), { selector: (t) => t.term, maxLength: 60 })

describe('spelling', () => {
  it('measures the same distance as the textbook table within the limit, and only says "further" beyond it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const d = reference(a, b)
        if (d <= limit) expect(editDistance(a, b, limit)).toBe(d)
        else expect(editDistance(a, b, limit)).toBeGreaterThan(limit)
      }),
      { numRuns: 3000 },
    )
  })

  it('finds the closest term a full scan finds: fewest edits, then the most common', () => {
    fc.assert(
      fc.property(word, vocabulary, (w, terms) => {
        const limit = typoBudget(w.length)
        const within = terms.map((t) => ({ t, d: reference(w, t.term) })).filter((x) => x.d <= limit)
        const best = Math.min(...within.map((x) => x.d))
        const found = closestTerm(w, terms)
        if (!within.length) {
          expect(found).toBeUndefined()
        } else {
          expect(found && reference(w, found.term)).toBe(best)
          expect(found!.docs).toBe(Math.max(...within.filter((x) => x.d === best).map((x) => x.t.docs)))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('lists every near term a full scan lists', () => {
    fc.assert(
      fc.property(word, vocabulary, fc.integer({ min: 0, max: 3 }), (w, terms, limit) => {
        const expected = terms.filter((t) => reference(w, t.term) <= limit)
        const got = nearTerms(w, terms, limit, terms.length)
        expect(new Set(got)).toEqual(new Set(expected))
      }),
      { numRuns: 2000 },
    )
  })

  it('puts nearer terms first, then more common ones', () => {
    const terms: Term[] = [
      { term: 'peeling', docs: 9 },
      { term: 'peel', docs: 2 },
      { term: 'pele', docs: 1 },
      { term: 'peer', docs: 5 },
    ]
    expect(nearTerms('peel', terms, 3, 3).map((t) => t.term)).toEqual(['peel', 'peer', 'pele'])
  })
})
