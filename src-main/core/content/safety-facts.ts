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
  const described = (x: { stance: string; waitMonths?: number }, name: string) =>
    x.waitMonths !== undefined ? `the "${x.stance}" decision for "${name}" and its ${x.waitMonths}-month wait` : `the "${x.stance}" decision for "${name}"`
  for (const ci of c.contraindications) {
    const file = fileOf('contraindication', ci.id)
    facts.push({ file, record: ci.id, field: 'refs', what: `the condition "${ci.name}"`, refs: ci.refs })
    // Each class rule decides the condition for every treatment it covers.
    ci.rules.forEach((r, i) =>
      facts.push({ file, record: ci.id, field: `rules.${i}.refs`, what: `class rule ${i + 1}: ${described(r, ci.name)}`, refs: r.refs }),
    )
  }
  for (const t of c.treatments) {
    const file = fileOf('treatment', t.slug)
    t.contraindications.forEach((x, i) =>
      facts.push({
        file,
        record: t.slug,
        field: `contraindications.${i}.refs`,
        what: described(x, x.id),
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
