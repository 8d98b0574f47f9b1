import type { LocationQuery } from 'vue-router'
import { FITZPATRICK_TYPES, type FitzpatrickType } from '../../../src-shared/taxonomy'
import { normaliseSelection } from './compare-selection'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * `/compare?t=a,b,c&fitz=V`: up to four slugs (the rest reported as overflow, never silently dropped) and a
 * skin type, which stays unset until the practitioner chooses one.
 */
export function parseCompareQuery(q: LocationQuery): { slugs: string[]; overflow: string[]; fitzpatrick?: FitzpatrickType } {
  const raw =
    typeof q.t === 'string'
      ? q.t
          .split(',')
          .map((s) => s.trim())
          .filter((s) => SLUG.test(s))
      : []
  const fitz = typeof q.fitz === 'string' && (FITZPATRICK_TYPES as readonly string[]).includes(q.fitz) ? (q.fitz as FitzpatrickType) : undefined
  return { ...normaliseSelection(raw), ...(fitz ? { fitzpatrick: fitz } : {}) }
}
