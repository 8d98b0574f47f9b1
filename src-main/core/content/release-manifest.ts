// The safety facts of one content version, in a form two versions can be compared by:
// per treatment, each condition's stance and wait, each risk's frequency, and the depth.
// A release keeps its manifest in resources/release-manifests/<version>.json so the next
// compile can say what changed since.
import type { SafetyMatrix } from '../safety/matrix'
import type { Treatment, TreatmentSource } from './schema'

export interface TreatmentFacts {
  name: string
  /** Condition id → how the treatment stands on it. */
  conditions: Record<string, { stance: string; waitMonths?: number; minWaitMonths?: number }>
  /** Risk name → frequency. */
  risks: Record<string, string>
  depth: { minMm: number; maxMm: number }
}

export interface ReleaseManifest {
  contentVersion: string
  treatments: Record<string, TreatmentFacts>
}

/** The treatments as the knowledge base holds them: each with its resolved row of the safety matrix. */
export function resolvedTreatments(treatments: readonly TreatmentSource[], matrix: SafetyMatrix): Treatment[] {
  return treatments.map((t) => ({ ...t, contraindications: matrix.get(t.slug)! }))
}

/** The manifest of a set of treatments, keys sorted so the JSON is stable across compiles. */
export function releaseManifest(contentVersion: string, treatments: readonly Treatment[]): ReleaseManifest {
  const out: ReleaseManifest = { contentVersion, treatments: {} }
  for (const t of [...treatments].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const conditions: TreatmentFacts['conditions'] = {}
    for (const c of [...t.contraindications].sort((a, b) => a.id.localeCompare(b.id)))
      conditions[c.id] = {
        stance: c.stance,
        ...(c.waitMonths !== undefined ? { waitMonths: c.waitMonths } : {}),
        ...(c.minWaitMonths !== undefined ? { minWaitMonths: c.minWaitMonths } : {}),
      }
    const risks: TreatmentFacts['risks'] = {}
    for (const r of [...t.risks].sort((a, b) => a.name.localeCompare(b.name))) risks[r.name] = r.frequency
    out.treatments[t.slug] = { name: t.name, conditions, risks, depth: { minMm: t.depth.minMm, maxMm: t.depth.maxMm } }
  }
  return out
}
