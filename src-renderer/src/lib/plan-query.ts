// The /plan route's query: ?t=a,b,c for the treatments and ?defer=slug@YYYY-MM-DD,slug
// for the screening's deferrals (no date: an ongoing condition). Nothing here is
// trusted; 'plan/build' validates it all.
import type { Deferral } from '../../../src-main/api/types'

type Query = Record<string, unknown>

const first = (v: unknown): string => {
  const x = Array.isArray(v) ? v[0] : v
  return typeof x === 'string' ? x : ''
}
const list = (v: unknown): string[] =>
  first(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

export function planSlugsFromQuery(q: Query): string[] {
  return [...new Set(list(q.t))]
}

export function deferralsFromQuery(q: Query): Deferral[] {
  return list(q.defer).map((x) => {
    const [slug = '', until] = x.split('@')
    return until ? { slug, until } : { slug }
  })
}

export function deferralsQuery(deferrals: readonly Deferral[]): string {
  return deferrals.map((d) => (d.until ? `${d.slug}@${d.until}` : d.slug)).join(',')
}

/**
 * The screening's deferrals: the latest day any of a treatment's blocks ends under the
 * contested-wait policy in force (remainingTo), or no end when one of them has none.
 */
export function screeningDeferrals(
  result: { deferred: { slug: string; blocks: { wait?: { until?: string; remainingTo?: string } }[] }[] } | undefined,
): Deferral[] {
  return (result?.deferred ?? []).map((t) => {
    const ends = t.blocks.map((b) => b.wait?.remainingTo ?? b.wait?.until)
    if (ends.some((u) => !u)) return { slug: t.slug }
    return { slug: t.slug, until: (ends as string[]).sort().at(-1)! }
  })
}
