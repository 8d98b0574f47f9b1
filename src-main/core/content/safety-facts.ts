// The facts a practitioner acts on to keep a client safe — a contraindication, a wait, a
// risk's frequency, a treatment's depth — and the references each rests on. Collected
// apart from the check so new shapes of safety fact only need a line here.
import type { ContentSet } from './load-content'
import type { Reference } from './schema'

export interface SafetyFact {
  file: string
  record: string
  field: string
  /** What the fact is, in words, for the error message. */
  what: string
  refs: readonly string[]
}

export function collectSafetyFacts(c: Pick<ContentSet, 'treatments' | 'contraindications' | 'origin'>): SafetyFact[] {
  const facts: SafetyFact[] = []
  const fileOf = (kind: string, key: string) => c.origin.get(`${kind}:${key}`) ?? '?'
  for (const ci of c.contraindications)
    facts.push({ file: fileOf('contraindication', ci.id), record: ci.id, field: 'refs', what: `the contraindication "${ci.name}"`, refs: ci.refs })
  for (const t of c.treatments) {
    const file = fileOf('treatment', t.slug)
    t.contraindications.forEach((x, i) =>
      facts.push({
        file,
        record: t.slug,
        field: `contraindications.${i}.refs`,
        what: x.waitMonths !== undefined ? `the ${x.severity} contraindication "${x.id}" and its ${x.waitMonths}-month wait` : `the ${x.severity} contraindication "${x.id}"`,
        refs: x.refs,
      }),
    )
    t.risks.forEach((r, i) =>
      facts.push({ file, record: t.slug, field: `risks.${i}.refs`, what: `the frequency of "${r.name}" (${r.frequency})`, refs: r.refs }),
    )
    facts.push({ file, record: t.slug, field: 'depth.refs', what: `the depth ${t.depth.minMm}–${t.depth.maxMm} mm`, refs: t.depth.refs })
  }
  return facts
}

/** Clinic and marketing pages may describe practice, but never alone carry a safety fact. */
const MARKETING: ReadonlySet<Reference['type']> = new Set(['clinic-page'])

/** The safety facts whose every reference is a clinic or marketing page (unknown ids are reported elsewhere). */
export function factsWithoutStrongSource(facts: readonly SafetyFact[], refs: ReadonlyMap<string, Pick<Reference, 'type'>>): SafetyFact[] {
  return facts.filter((f) => {
    const known = f.refs.map((id) => refs.get(id)).filter((r) => r !== undefined)
    return known.length > 0 && known.every((r) => MARKETING.has(r.type))
  })
}
