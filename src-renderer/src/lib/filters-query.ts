import type { LocationQuery } from 'vue-router'
import type { CatalogFilters } from '../../../src-main/api/contract'

const TEXT_KEYS = ['mechanism', 'category', 'concern', 'layer', 'fitzpatrick'] as const
const NUMBER_KEYS = ['maxDowntimeDays', 'maxSessions'] as const

/** Filters live in the URL so reload, back and forward restore them; unknown values are dropped by the API's schema. */
export function filtersFromQuery(q: LocationQuery): CatalogFilters {
  const out: Record<string, string | number> = {}
  for (const k of TEXT_KEYS) if (typeof q[k] === 'string' && q[k]) out[k] = q[k]
  for (const k of NUMBER_KEYS) {
    const n = Number(q[k])
    if (typeof q[k] === 'string' && q[k] !== '' && Number.isInteger(n)) out[k] = n
  }
  return out as CatalogFilters
}

export function queryFromFilters(f: CatalogFilters): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') out[k] = String(v)
  return out
}
