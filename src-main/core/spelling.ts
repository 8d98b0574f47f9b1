// Three rows of the distance table, reused by every call: typo correction
// compares a word with every term of the index, and allocating per call cost
// more than the comparison itself.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Damerau–Levenshtein distance (adjacent transpositions count as one edit),
 * abandoned early once it must exceed `limit`: typo correction only cares
 * about near words, and most terms are rejected within a row or two.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = b.length
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)]
  let [prevPrev, prev, cur] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= n; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1)
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1)
      let v = prev[j - 1]! + (ai === bj ? 0 : 1)
      if (prev[j]! + 1 < v) v = prev[j]! + 1
      if (cur[j - 1]! + 1 < v) v = cur[j - 1]! + 1
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj && prevPrev[j - 2]! + 1 < v) v = prevPrev[j - 2]! + 1
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

/** The set of characters in a word as bits (a–z one each, anything else folded onto the rest). */
function charMask(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6))
  }
  return mask
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

const masks = new WeakMap<readonly Term[], Int32Array>()
function masksOf(terms: readonly Term[]): Int32Array {
  let m = masks.get(terms)
  if (!m) {
    m = Int32Array.from(terms, (t) => charMask(t.term))
    masks.set(terms, m)
  }
  return m
}

/**
 * Calls `visit` with every term that may lie within `limit()` edits of `word`.
 * Each character the word has and the term lacks costs at least one edit (a
 * deletion or substitution), and so does each character the term has and the
 * word lacks (an insertion or substitution); one edit settles at most one of
 * each. A term with more than `limit` on either side is skipped without
 * computing its distance: most of a large vocabulary is dismissed by two ANDs.
 */
function scanNear(word: string, terms: readonly Term[], limit: () => number, visit: (t: Term, d: number) => void): void {
  const m = masksOf(terms)
  const wm = charMask(word)
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!
    const k = limit()
    if (Math.abs(t.term.length - word.length) > k || bitCount(wm & ~m[i]!) > k || bitCount(m[i]! & ~wm) > k) continue
    const d = editDistance(word, t.term, k)
    if (d <= k) visit(t, d)
  }
}

/** The closest known term within the typo budget, preferring fewer edits, then more common terms. */
export function closestTerm(word: string, terms: readonly Term[]): Term | undefined {
  const limit = typoBudget(word.length)
  let best: Term | undefined
  let bestDistance = limit + 1
  scanNear(
    word,
    terms,
    () => Math.min(limit, bestDistance),
    (t, d) => {
      if (d < bestDistance || (d === bestDistance && best && t.docs > best.docs)) {
        best = t
        bestDistance = d
      }
    },
  )
  return best
}

/** Up to `count` terms within `limit` edits of `word`, nearest first, then the most common. */
export function nearTerms(word: string, terms: readonly Term[], limit: number, count: number): Term[] {
  const found: { t: Term; d: number }[] = []
  scanNear(
    word,
    terms,
    () => limit,
    (t, d) => found.push({ t, d }),
  )
  return found
    .sort((a, b) => a.d - b.d || b.t.docs - a.t.docs)
    .slice(0, count)
    .map((x) => x.t)
}
