// The compiler's safety checks over the resolved matrix. Each returns errors that
// name the file, the record and the pair, so an author can fix them in one pass.
import { ContentError } from '../content/content-error'
import type { Contraindication, SafetyDecision, TreatmentSource } from '../content/schema'
import { invasiveness, INVASIVENESS_WORDS, stanceRank } from './properties'
import type { ResolvedRow } from './resolve'

export interface SafetyInput {
  treatments: readonly TreatmentSource[]
  conditions: readonly Contraindication[]
  rows: ReadonlyMap<string, ResolvedRow>
  fileOf: (kind: 'treatment' | 'contraindication', key: string) => string
}

const ENERGY_PROPERTIES = ['heats-dermis', 'light-laser', 'electrical-current', 'focused-ultrasound'] as const

/** Own entries name real conditions once each; declared properties agree with the treatment's flags. */
export function checkDeclarations({ treatments, conditions, fileOf }: SafetyInput): ContentError[] {
  const errors: ContentError[] = []
  const byId = new Map(conditions.map((c) => [c.id, c]))
  for (const t of treatments) {
    const bad = (field: string, problem: string) => errors.push(new ContentError(fileOf('treatment', t.slug), t.slug, field, problem))
    const seen = new Set<string>()
    t.contraindications.forEach((e, i) => {
      const c = byId.get(e.id)
      if (!c) bad(`contraindications.${i}.id`, `unknown condition "${e.id}"`)
      else if (e.minWaitMonths !== undefined && !c.conflict)
        bad(`contraindications.${i}.minWaitMonths`, `a shorter wait needs the conflict that supports it, but "${e.id}" records none`)
      if (seen.has(e.id)) bad(`contraindications.${i}.id`, `condition "${e.id}" is decided twice`)
      seen.add(e.id)
    })
    const props = new Set<string>(t.properties)
    if (props.has('injects') !== t.involvesInjection)
      bad(
        'properties',
        t.involvesInjection ? 'involvesInjection is true but "injects" is not declared' : '"injects" is declared but involvesInjection is false',
      )
    const energy = ENERGY_PROPERTIES.some((p) => props.has(p))
    if (energy !== t.usesEnergyDevice)
      bad(
        'properties',
        t.usesEnergyDevice
          ? `usesEnergyDevice is true but none of ${ENERGY_PROPERTIES.join(', ')} is declared`
          : `an energy property is declared but usesEnergyDevice is false`,
      )
    if (props.has('wounds-dermis') && !props.has('wounds-epidermis'))
      bad('properties', '"wounds-dermis" needs "wounds-epidermis": a dermal wound crosses the epidermis')
  }
  for (const c of conditions)
    c.rules.forEach((r, i) => {
      if (r.minWaitMonths !== undefined && !c.conflict)
        errors.push(
          new ContentError(
            fileOf('contraindication', c.id),
            c.id,
            `rules.${i}.minWaitMonths`,
            'a shorter wait needs the conflict that supports it, and this condition records none',
          ),
        )
    })
  return errors
}

/** Every pair decided; every deferral of a dated condition has a wait to count from the client's date. */
export function checkCompleteness({ treatments, conditions, rows, fileOf }: SafetyInput): ContentError[] {
  const errors: ContentError[] = []
  const byId = new Map(conditions.map((c) => [c.id, c]))
  for (const t of treatments) {
    const row = rows.get(t.slug)!
    for (const id of row.undecided)
      errors.push(
        new ContentError(
          fileOf('treatment', t.slug),
          t.slug,
          'contraindications',
          `undecided pair ${t.slug} × ${id}: no own entry and no class rule of conditions/${id}.yaml applies; decide it (exclude, defer, caution or none with a reason)`,
        ),
      )
    for (const d of row.decisions) {
      const c = byId.get(d.id)!
      if (c.dated && d.stance === 'defer' && d.waitMonths === undefined) errors.push(dated(d, t, c, fileOf))
    }
  }
  return errors
}

function dated(d: SafetyDecision, t: TreatmentSource, c: Contraindication, fileOf: SafetyInput['fileOf']): ContentError {
  const problem = `"${c.id}" is dated, so deferring ${t.slug} needs waitMonths (the time after ${c.dated!.endLabel})`
  return d.source === 'own'
    ? new ContentError(fileOf('treatment', t.slug), t.slug, `contraindications.${t.contraindications.findIndex((e) => e.id === c.id)}.waitMonths`, problem)
    : new ContentError(fileOf('contraindication', c.id), c.id, `rules.${d.rule}.waitMonths`, problem)
}

const locate = (d: SafetyDecision, t: TreatmentSource, c: Contraindication, fileOf: SafetyInput['fileOf']) =>
  d.source === 'own'
    ? { file: fileOf('treatment', t.slug), record: t.slug, field: `contraindications.${t.contraindications.findIndex((e) => e.id === c.id)}` }
    : { file: fileOf('contraindication', c.id), record: c.id, field: `rules.${d.rule}` }

const describe = (d: SafetyDecision) => (d.stance === 'defer' && d.waitMonths !== undefined ? `defer ${d.waitMonths} months` : d.stance)

/** Harsher than `other`: a stricter stance, or the same deferral with a longer wait. */
function harsher(d: SafetyDecision, other: SafetyDecision): boolean {
  if (stanceRank(d.stance) !== stanceRank(other.stance)) return stanceRank(d.stance) > stanceRank(other.stance)
  return d.stance === 'defer' && (d.waitMonths ?? 0) > (other.waitMonths ?? 0)
}

/**
 * Risk order: where a condition's harm grows with the wound or heat (riskOrder),
 * a less invasive treatment must not get a harsher stance or a longer wait than a
 * more invasive one, unless its decision says why.
 */
export function checkRiskOrder({ treatments, conditions, rows, fileOf }: SafetyInput): ContentError[] {
  const errors: ContentError[] = []
  const rank = new Map(treatments.map((t) => [t.slug, invasiveness(new Set(t.properties))]))
  for (const c of conditions.filter((x) => x.riskOrder)) {
    const cells = treatments.flatMap((t) => {
      const d = rows.get(t.slug)!.decisions.find((x) => x.id === c.id)
      return d ? [{ t, d, rank: rank.get(t.slug)! }] : []
    })
    for (const a of cells) {
      if (a.d.why) continue
      const b = cells.find((x) => x.rank > a.rank && harsher(a.d, x.d))
      if (!b) continue
      const at = locate(a.d, a.t, c, fileOf)
      errors.push(
        new ContentError(
          at.file,
          at.record,
          at.field,
          `risk order for ${c.id}: ${a.t.slug} (${INVASIVENESS_WORDS[a.rank]}) is "${describe(a.d)}" but the more invasive ${b.t.slug} (${INVASIVENESS_WORDS[b.rank]}) is "${describe(b.d)}"; make them consistent or add a why with a reference`,
        ),
      )
    }
  }
  return errors
}

/**
 * Same class, same condition: where treatments of one category get different
 * stances, an own entry that departs from the category's usual stance says why.
 * A class rule needs no why here: the property it is keyed on is the reason.
 */
export function checkCategoryConsistency({ treatments, conditions, rows, fileOf }: SafetyInput): ContentError[] {
  const errors: ContentError[] = []
  const categories = [...new Set(treatments.map((t) => t.category))]
  for (const c of conditions)
    for (const category of categories) {
      const cells = treatments
        .filter((t) => t.category === category)
        .flatMap((t) => {
          const d = rows.get(t.slug)!.decisions.find((x) => x.id === c.id)
          return d ? [{ t, d }] : []
        })
      const counts = new Map<string, number>()
      for (const { d } of cells) counts.set(d.stance, (counts.get(d.stance) ?? 0) + 1)
      if (counts.size < 2) continue
      // The usual stance is the commonest; a tie goes to the more cautious, so a lone milder entry is the one that explains itself.
      const usual = [...counts].sort(
        (x, y) => y[1] - x[1] || stanceRank(y[0] as SafetyDecision['stance']) - stanceRank(x[0] as SafetyDecision['stance']),
      )[0]![0]
      for (const { t, d } of cells) {
        if (d.stance === usual || d.source !== 'own' || d.why) continue
        const at = locate(d, t, c, fileOf)
        errors.push(
          new ContentError(
            at.file,
            at.record,
            at.field,
            `${t.slug} is "${d.stance}" for ${c.id} while most ${category} treatments are "${usual}"; add a why with a reference`,
          ),
        )
      }
    }
  return errors
}
