import type { RouteLocationRaw } from 'vue-router'
import type { SearchHit, SearchKind } from '../../../src-main/api/types'

export const KIND_LABELS: Record<SearchKind, string> = {
  category: 'Groups of treatments',
  treatment: 'Treatments',
  mechanism: 'Mechanisms',
  concern: 'Concerns',
  glossary: 'Glossary',
  guide: 'Guides',
  layer: 'Skin layers',
}

/** Where a search hit leads. */
export function hitRoute(hit: Pick<SearchHit, 'kind' | 'key'>): RouteLocationRaw {
  switch (hit.kind) {
    case 'category':
      // The key is the list's own filter query ("category=peel"): the whole group opens.
      return { path: '/treatments', query: Object.fromEntries(new URLSearchParams(hit.key)) }
    case 'treatment':
      return `/treatments/${hit.key}`
    case 'mechanism':
      return `/mechanisms/${hit.key}`
    case 'concern':
      return `/concerns/${hit.key}`
    case 'glossary':
      return { path: '/glossary', query: { term: hit.key } }
    case 'guide':
      return { path: '/guides', query: { guide: hit.key } }
    case 'layer':
      return { path: '/layers', query: { layer: hit.key } }
  }
}
