import { ContentError, ContentErrors } from './content-error'
import type { ContentSet } from './load-content'
import type { TreatmentSource } from './schema'
import { clientWordingProblems } from './client-wording-check'
import { layersSpanned } from './layer-span'
import { referencePolicyErrors } from './check-references'
import { resolveMatrix, type SafetyMatrix } from '../safety/matrix'
import { validateCombinations } from './validate-combinations'

/** What every check shares: the ids that exist, the references cited so far and the errors found. */
interface Checks {
  readonly c: ContentSet
  readonly errors: ContentError[]
  readonly refIds: Set<string>
  readonly layerIds: Set<string>
  readonly concernIds: Set<string>
  readonly mechanismIds: Set<string>
  readonly slugs: Set<string>
  /** Every reference some record cites, so the ones never cited can be named. */
  readonly used: Set<string>
  fileOf(kind: string, key: string): string
  /** Marks each reference as cited and reports the ones that do not exist. */
  checkRefs(kind: string, key: string, field: string, list: readonly string[] | undefined): void
}

/**
 * Cross-record rules the schemas cannot see: every id points at something that
 * exists, depths agree with the layers they name, every reference is used, and
 * every reference and safety fact meets the reference policy (check-references.ts), and every
 * treatment × condition pair is decided. Returns the resolved safety matrix.
 */
export function validateContent(c: ContentSet): SafetyMatrix {
  const k = startChecks(c)
  checkRecordLinks(k)
  for (const t of c.treatments) checkTreatment(k, t)
  k.errors.push(...validateCombinations(c, k.refIds, k.used))
  for (const r of c.references) if (!k.used.has(r.id)) k.errors.push(new ContentError(k.fileOf('reference', r.id), r.id, 'id', 'reference is never cited'))
  k.errors.push(...referencePolicyErrors(c))
  const { matrix, errors: safety } = resolveMatrix(c)
  k.errors.push(...safety)
  if (k.errors.length) throw new ContentErrors(k.errors)
  return matrix
}

function startChecks(c: ContentSet): Checks {
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id))
  const errors: ContentError[] = []
  const refIds = ids(c.references)
  const used = new Set<string>()
  const fileOf = (kind: string, key: string) => c.origin.get(`${kind}:${key}`) ?? '?'
  const checkRefs = (kind: string, key: string, field: string, list: readonly string[] | undefined) => {
    for (const r of list ?? []) {
      used.add(r)
      if (!refIds.has(r)) errors.push(new ContentError(fileOf(kind, key), key, field, `unknown reference "${r}"`))
    }
  }
  const slugs = new Set(c.treatments.map((t) => t.slug))
  return { c, errors, refIds, layerIds: ids(c.layers), concernIds: ids(c.concerns), mechanismIds: ids(c.mechanisms), slugs, used, fileOf, checkRefs }
}

/** The references of layers, mechanisms, glossary, concerns, conditions and guides, and the ids concerns and guides point at. */
function checkRecordLinks({ c, errors, concernIds, slugs, fileOf, checkRefs }: Checks): void {
  for (const l of c.layers) checkRefs('layer', l.id, 'refs', l.refs)
  for (const m of c.mechanisms) checkRefs('mechanism', m.id, 'refs', m.refs)
  for (const g of c.glossary) checkRefs('glossary', g.id, 'refs', g.refs)
  for (const k of c.concerns) {
    checkRefs('concern', k.id, 'refs', k.refs)
    if (k.broader && (!concernIds.has(k.broader) || k.broader === k.id))
      errors.push(new ContentError(fileOf('concern', k.id), k.id, 'broader', `unknown broader concern "${k.broader}"`))
  }
  for (const ci of c.contraindications) {
    checkRefs('contraindication', ci.id, 'refs', ci.refs)
    ci.conflict?.positions.forEach((p, i) => checkRefs('contraindication', ci.id, `conflict.positions.${i}.refs`, p.refs))
    ci.rules.forEach((r, i) => {
      checkRefs('contraindication', ci.id, `rules.${i}.refs`, r.refs)
      checkRefs('contraindication', ci.id, `rules.${i}.why.refs`, r.why?.refs)
    })
  }
  for (const g of c.guides) {
    checkRefs('guide', g.id, 'refs', g.refs)
    for (const s of g.treatments ?? []) if (!slugs.has(s)) errors.push(new ContentError(fileOf('guide', g.id), g.id, 'treatments', `unknown treatment "${s}"`))
  }
}

type Bad = (field: string, problem: string) => void

function checkTreatment(k: Checks, t: TreatmentSource): void {
  const file = k.fileOf('treatment', t.slug)
  const bad: Bad = (field, problem) => k.errors.push(new ContentError(file, t.slug, field, problem))
  checkTreatmentSources(k, t, bad)
  t.concerns.forEach((x, i) => {
    if (!k.concernIds.has(x.id)) bad(`concerns.${i}.id`, `unknown concern "${x.id}"`)
  })
  checkTreatmentDepth(k, t, bad)
  checkTreatmentMechanisms(k, t, bad)
}

/** Its references, its client wording and the sources behind its brands. */
function checkTreatmentSources({ checkRefs }: Checks, t: TreatmentSource, bad: Bad): void {
  checkRefs('treatment', t.slug, 'references', t.references)
  checkRefs('treatment', t.slug, 'depth.refs', t.depth.refs)
  checkRefs('treatment', t.slug, 'brandRefs', t.brandRefs)
  checkRefs('treatment', t.slug, 'depth.typical.refs', t.depth.typical?.refs)
  for (const problem of clientWordingProblems(t)) bad('clientSummary', problem)
  if (t.brands.length && !t.brandRefs.length) bad('brandRefs', 'brands need a source')
  t.risks.forEach((r, i) => checkRefs('treatment', t.slug, `risks.${i}.refs`, r.refs))
  t.contraindications.forEach((x, i) => {
    checkRefs('treatment', t.slug, `contraindications.${i}.refs`, x.refs)
    checkRefs('treatment', t.slug, `contraindications.${i}.why.refs`, x.why?.refs)
  })
}

/** The layers it names exist and are exactly the ones its depth in millimetres reaches. */
function checkTreatmentDepth({ c, layerIds }: Checks, t: TreatmentSource, bad: Bad): void {
  t.depth.layers.forEach((l, i) => {
    if (!layerIds.has(l)) bad(`depth.layers.${i}`, `unknown layer "${l}"`)
  })
  if (!t.depth.layers.every((l) => layerIds.has(l)) || !c.layers.length) return
  const expected = layersSpanned(c.layers, t.depth.minMm, t.depth.maxMm).map((l) => l.id)
  const named = [...t.depth.layers].sort()
  if (expected.slice().sort().join() !== named.join())
    bad('depth.layers', `depth ${t.depth.minMm}–${t.depth.maxMm} mm reaches [${expected.join(', ')}] but the file names [${t.depth.layers.join(', ')}]`)
}

function checkTreatmentMechanisms({ mechanismIds }: Checks, t: TreatmentSource, bad: Bad): void {
  const seen = new Set<string>()
  t.mechanisms.forEach((m, i) => {
    // The schema knows the six ids; this checks mechanisms.yaml still describes each one the treatment names.
    if (!mechanismIds.has(m.id)) bad(`mechanisms.${i}.id`, `unknown mechanism "${m.id}" (mechanisms.yaml does not describe it)`)
    if (seen.has(m.id)) bad('mechanisms', `mechanism "${m.id}" listed twice`)
    seen.add(m.id)
  })
  if (!t.mechanisms.some((m) => m.role === 'primary')) bad('mechanisms', 'needs at least one primary mechanism')
}
