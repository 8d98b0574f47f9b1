// The reference policy applied to a whole content set: each reference against the rules of
// reference-policy.ts, and each safety fact against "never a clinic page alone".
import { ContentError } from './content-error'
import type { ContentSet } from './load-content'
import { referenceProblems } from './reference-policy'
import { collectSafetyFacts, factsWithoutStrongSource } from './safety-facts'

export function referencePolicyErrors(c: ContentSet): ContentError[] {
  const errors: ContentError[] = []
  for (const r of c.references)
    for (const p of referenceProblems(r)) errors.push(new ContentError(c.origin.get(`reference:${r.id}`) ?? '?', r.id, p.field, p.problem))
  const byId = new Map(c.references.map((r) => [r.id, r]))
  for (const f of factsWithoutStrongSource(collectSafetyFacts(c), byId))
    errors.push(
      new ContentError(
        f.file,
        f.record,
        f.field,
        `${f.what} rests only on clinic or marketing pages [${f.refs.join(', ')}]; add a guideline, trial, review, product label or textbook`,
      ),
    )
  return errors
}
