// Top-1 and top-3 accuracy of search over the practitioner query set.
import type { SearchResult } from '../src-main/api/types'
import type { KnowledgeBase } from '../src-main/core/knowledge-base'
import { search } from '../src-main/core/search'
import { RELEVANCE_QUERIES, type RelevanceQuery } from './relevance-queries'

/** Hits in the order the palette offers them: the best match first, then each group's hits. */
export function rankedHits(r: SearchResult): string[] {
  const out: string[] = []
  const best = (r as { best?: { kind: string; key: string } }).best
  if (best) out.push(`${best.kind}:${best.key}`)
  for (const g of r.groups) for (const h of g.hits) if (!out.includes(`${h.kind}:${h.key}`)) out.push(`${h.kind}:${h.key}`)
  return out
}

export interface RelevanceOutcome {
  query: RelevanceQuery
  got: string[]
  rank: number | undefined
}

export interface RelevanceFigures {
  total: number
  top1: number
  top3: number
  misses: RelevanceOutcome[]
}

export function measureRelevance(kb: KnowledgeBase, queries: readonly RelevanceQuery[] = RELEVANCE_QUERIES): RelevanceFigures {
  const outcomes = queries.map((query): RelevanceOutcome => {
    const got = rankedHits(search(kb, query.q)).slice(0, 3)
    const i = got.findIndex((h) => query.accept.includes(h))
    return { query, got, rank: i < 0 ? undefined : i + 1 }
  })
  return {
    total: outcomes.length,
    top1: outcomes.filter((o) => o.rank === 1).length / outcomes.length,
    top3: outcomes.filter((o) => o.rank !== undefined).length / outcomes.length,
    misses: outcomes.filter((o) => o.rank !== 1),
  }
}
