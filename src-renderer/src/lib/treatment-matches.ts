import type { SearchResult } from '../../../src-main/api/types'

/**
 * The treatments a search answers with, best first, for pickers that list
 * treatments only: the best match, the treatment hits, and — when the query
 * names a category ("peels") — every treatment of that category.
 */
export function treatmentMatches(r: SearchResult, all: readonly { slug: string; category: string }[]): string[] {
  const out: string[] = []
  const push = (slug: string) => {
    if (!out.includes(slug)) out.push(slug)
  }
  if (r.best?.kind === 'treatment') push(r.best.key)
  if (r.best?.kind === 'category') {
    const category = new URLSearchParams(r.best.key).get('category')
    if (category) for (const t of all) if (t.category === category) push(t.slug)
  }
  for (const g of r.groups) if (g.kind === 'treatment') for (const h of g.hits) push(h.key)
  return out
}
