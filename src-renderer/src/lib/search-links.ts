import type { RouteLocationRaw } from 'vue-router'
import type { SearchHit, SearchKind } from '../../../src-main/api/types'

export const KIND_LABELS: Record<SearchKind, string> = {
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
    case 'treatment':
      return `/treatments/${hit.key}`
    case 'mechanism':
      return `/mechanisms/${hit.key}`
    case 'concern':
      return { path: '/treatments', query: { concern: hit.key } }
    case 'glossary':
      return { path: '/glossary', query: { term: hit.key } }
    case 'guide':
      return { path: '/guides', query: { guide: hit.key } }
    case 'layer':
      return { path: '/layers', query: { layer: hit.key } }
  }
}
