// What changed in the safety facts between two releases, fact by fact, with old and new values,
// so a practitioner who learnt the last version can see exactly what to unlearn.
import type { ReleaseManifest, TreatmentFacts } from './release-manifest'

export type ChangeKind = 'treatment-added' | 'treatment-removed' | 'stance' | 'wait' | 'risk' | 'depth'

export interface Change {
  slug: string
  /** The treatment's name in the newer release (or the older one, for a removed treatment). */
  name: string
  kind: ChangeKind
  /** What within the treatment changed: a condition id, a risk name; empty for depth and whole treatments. */
  subject: string
  /** Absent when the fact is new. */
  old?: string
  /** Absent when the fact was dropped. */
  new?: string
}

export interface Changelog {
  from: string
  to: string
  changes: Change[]
}

const months = (n: number | undefined) => (n === undefined ? undefined : `${n} month${n === 1 ? '' : 's'}`)
const wait = (c: TreatmentFacts['conditions'][string] | undefined) =>
  c?.waitMonths === undefined ? undefined : c.minWaitMonths !== undefined ? `${c.minWaitMonths}–${c.waitMonths} months` : months(c.waitMonths)
const depth = (d: TreatmentFacts['depth']) => `${d.minMm}–${d.maxMm} mm`

function treatmentChanges(slug: string, a: TreatmentFacts, b: TreatmentFacts): Change[] {
  const out: Change[] = []
  const push = (kind: ChangeKind, subject: string, old: string | undefined, now: string | undefined) => {
    if (old !== now) out.push({ slug, name: b.name, kind, subject, ...(old !== undefined ? { old } : {}), ...(now !== undefined ? { new: now } : {}) })
  }
  for (const id of [...new Set([...Object.keys(a.conditions), ...Object.keys(b.conditions)])].sort()) {
    push('stance', id, a.conditions[id]?.stance, b.conditions[id]?.stance)
    push('wait', id, wait(a.conditions[id]), wait(b.conditions[id]))
  }
  for (const name of [...new Set([...Object.keys(a.risks), ...Object.keys(b.risks)])].sort()) push('risk', name, a.risks[name], b.risks[name])
  push('depth', '', depth(a.depth), depth(b.depth))
  return out
}

/** Every treatment added or removed and every safety fact changed from `prev` to `next`. */
export function changelog(prev: ReleaseManifest, next: ReleaseManifest): Changelog {
  const changes: Change[] = []
  for (const slug of [...new Set([...Object.keys(prev.treatments), ...Object.keys(next.treatments)])].sort()) {
    const a = prev.treatments[slug]
    const b = next.treatments[slug]
    if (!a && b) changes.push({ slug, name: b.name, kind: 'treatment-added', subject: '' })
    else if (a && !b) changes.push({ slug, name: a.name, kind: 'treatment-removed', subject: '' })
    else if (a && b) changes.push(...treatmentChanges(slug, a, b))
  }
  return { from: prev.contentVersion, to: next.contentVersion, changes }
}
