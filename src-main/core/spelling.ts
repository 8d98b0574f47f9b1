/**
 * Damerau–Levenshtein distance (adjacent transpositions count as one edit),
 * abandoned early once it must exceed `limit`: typo correction only cares
 * about near words, and most terms are rejected within a row or two.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = b.length
  let prevPrev = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > limit) return limit + 1
    ;[prevPrev, prev, cur] = [prev, cur, prevPrev]
  }
  return prev[n]!
}

export interface Term {
  term: string
  docs: number
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(length: number): number {
  return length <= 4 ? 1 : 2
}

/** The closest known term within the typo budget, preferring fewer edits, then more common terms. */
export function closestTerm(word: string, terms: readonly Term[]): Term | undefined {
  const limit = typoBudget(word.length)
  let best: Term | undefined
  let bestDistance = limit + 1
  for (const t of terms) {
    if (Math.abs(t.term.length - word.length) > limit) continue
    const d = editDistance(word, t.term, Math.min(limit, bestDistance))
    if (d < bestDistance || (d === bestDistance && best && t.docs > best.docs)) {
      if (d <= limit) {
        best = t
        bestDistance = d
      }
    }
  }
  return best
}
