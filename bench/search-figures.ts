// Core search over the fixed queries on one knowledge base.
import { openKnowledgeBase } from '../src-main/core/knowledge-base'
import { search } from '../src-main/core/search'
import { QUERIES } from './queries'
import { median, percentile, timeOnce } from './stats'

export interface SearchFigures {
  /** The first query on a freshly opened file (statements prepared, term list read). */
  firstMs: number
  /** Percentiles across the 50 queries, each query's time being its median over the rounds. */
  p50: number
  p95: number
  /** The same over every single timing, scheduler hiccups included. */
  allSamplesP95: number
  rounds: number
  /** The slowest queries, to show where time goes. */
  slowest: { q: string; ms: number }[]
}

/**
 * Each query is timed `rounds` times after an untimed pass. Its median stands
 * for it, so a pause of the machine (other processes, a collection) does not
 * pass for a slow query; the percentiles are then taken across the queries.
 */
export function measureSearch(kbPath: string, rounds = 7): SearchFigures {
  const kb = openKnowledgeBase(kbPath)
  try {
    const firstMs = timeOnce(() => search(kb, QUERIES[0]!.q))
    for (const x of QUERIES) search(kb, x.q)
    const perQuery = QUERIES.map(() => [] as number[])
    for (let r = 0; r < rounds; r++) QUERIES.forEach((x, i) => perQuery[i]!.push(timeOnce(() => search(kb, x.q))))
    const medians = perQuery.map(median)
    const ranked = QUERIES.map((x, i) => ({ q: x.q, ms: medians[i]! })).sort((a, b) => b.ms - a.ms)
    return {
      firstMs,
      p50: percentile(medians, 50),
      p95: percentile(medians, 95),
      allSamplesP95: percentile(perQuery.flat(), 95),
      rounds,
      slowest: ranked.slice(0, 3),
    }
  } finally {
    kb.close()
  }
}
