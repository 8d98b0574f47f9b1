// What opening a comparison does to the one the practitioner already has.
// Pure and Electron-free: the compare store applies the decision, the tests
// try it on made-up selections.
import { COMPARISON_MAX } from '../../../src-shared/limits'

/** A requested list as a selection: each slug once (first place wins), at most COMPARISON_MAX, the rest reported, never dropped unseen. */
export function normaliseSelection(requested: readonly string[]): { slugs: string[]; overflow: string[] } {
  const unique = [...new Set(requested)]
  return { slugs: unique.slice(0, COMPARISON_MAX), overflow: unique.slice(COMPARISON_MAX) }
}

export const sameSelection = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i])

/**
 * - `keep`: nothing changes (the link names no treatment, or exactly the selection as it is);
 * - `open`: the link's comparison becomes the selection and nothing is lost (there was none, or every
 *   treatment in it stays: the same set in another order, or more added);
 * - `replace`: the link's comparison becomes the selection and `previous` would be lost, so it is offered back (undo).
 */
export type OpenDecision = { kind: 'keep' } | { kind: 'open'; slugs: string[] } | { kind: 'replace'; slugs: string[]; previous: string[] }

/**
 * Decides what a link to a comparison does. A slug this knowledge base does not hold counts like any
 * other: a selection saved under an older version is still the practitioner's, and a link naming an
 * unknown treatment still opens (the comparison page names what is missing).
 */
export function decideOpen(current: readonly string[], requested: readonly string[]): OpenDecision {
  const { slugs } = normaliseSelection(requested)
  if (slugs.length === 0 || sameSelection(slugs, current)) return { kind: 'keep' }
  if (current.every((s) => slugs.includes(s))) return { kind: 'open', slugs }
  return { kind: 'replace', slugs, previous: [...current] }
}
