// Groups sessions into visits (one per date) and orders each visit so that a
// treatment that must come first at a shared visit does.
import type { PairDecision } from '../combinations/combination-types'
import type { PlanSession } from './plan-types'

export interface Visit {
  date: string
  /** Session ids in the order to do them at this visit. */
  sessionIds: string[]
}

export function visitsOf(sessions: readonly PlanSession[], pair: (x: string, y: string) => PairDecision, order: readonly string[]): Visit[] {
  const byDate = new Map<string, PlanSession[]>()
  for (const s of sessions) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s])
  const rank = (slug: string) => order.indexOf(slug)
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, list]) => {
      const sorted = [...list].sort((a, b) => rank(a.slug) - rank(b.slug))
      // Insertion: move a session before any earlier one that the pair says must follow it.
      for (let i = 1; i < sorted.length; i++) {
        const s = sorted[i]!
        let j = i
        while (j > 0 && pair(sorted[j - 1]!.slug, s.slug).sameDayFirst === s.slug) j--
        if (j < i) {
          sorted.splice(i, 1)
          sorted.splice(j, 0, s)
        }
      }
      return { date, sessionIds: sorted.map((s) => s.id) }
    })
}
