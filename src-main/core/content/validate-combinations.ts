import type { CombinationRule, CombinationSide } from './combination-schema'
import { ContentError } from './content-error'
import type { ContentSet } from './load-content'
import { isSpecific, pairKey, sideMatches } from '../combinations/resolve-pairs'

const FILE = 'combinations.yaml'

/**
 * Cross-record checks on combination rules: slugs and references exist, every
 * rule applies to at least one pair, and no pair has two specific rules (which
 * one would decide?). Marks the references it sees as used.
 */
export function validateCombinations(c: ContentSet, refIds: ReadonlySet<string>, used: Set<string>): ContentError[] {
  const errors: ContentError[] = []
  const slugs = new Set(c.treatments.map((t) => t.slug))
  const ids = new Set<string>()
  const specificPairs = new Map<string, string>()
  const lists: [string, readonly CombinationRule[]][] = [
    ['classRules', c.combinations.classRules],
    ['pairRules', c.combinations.pairRules],
  ]

  for (const [list, rules] of lists) {
    rules.forEach((r) => {
      const bad = (field: string, problem: string) => errors.push(new ContentError(FILE, r.id, field, problem))
      if (ids.has(r.id)) bad('id', 'duplicate rule id')
      ids.add(r.id)
      const refsAt = (field: string, list: readonly string[]) => {
        for (const ref of list) {
          used.add(ref)
          if (!refIds.has(ref)) bad(field, `unknown reference "${ref}"`)
        }
      }
      refsAt('refs', r.refs)
      r.conflict?.positions.forEach((p, i) => refsAt(`conflict.positions.${i}.refs`, p.refs))
      const checkSide = (name: 'a' | 'b', s: CombinationSide) => {
        if ('slugs' in s) for (const x of s.slugs) if (!slugs.has(x)) bad(`${name}.slugs`, `unknown treatment "${x}"`)
      }
      checkSide('a', r.a)
      checkSide('b', r.b)
      if (list === 'pairRules' && !isSpecific(r))
        bad('a', 'a pair rule names treatments by slug on both sides; a rule keyed on properties belongs under classRules')
      if (list === 'classRules' && isSpecific(r)) bad('a', 'a rule naming treatments on both sides belongs under pairRules')

      const as = c.treatments.filter((t) => sideMatches(r.a, t))
      const bs = c.treatments.filter((t) => sideMatches(r.b, t))
      const pairs = as.flatMap((x) => bs.filter((y) => y.slug !== x.slug).map((y) => pairKey(x.slug, y.slug)))
      if (c.treatments.length && pairs.length === 0) bad('a', 'the rule applies to no pair of treatments in the handbook')
      if (list === 'pairRules')
        for (const k of pairs) {
          const other = specificPairs.get(k)
          if (other && other !== r.id) bad('b', `the pair ${k.replace('|', ' + ')} already has the specific rule "${other}"`)
          specificPairs.set(k, r.id)
        }
    })
  }
  for (const item of c.checklist)
    if (!c.contraindications.some((x) => x.id === item.id))
      errors.push(new ContentError(c.origin.get(`checklist:${item.id}`) ?? 'checklist.yaml', item.id, 'id', `unknown condition "${item.id}"`))
  return errors
}
