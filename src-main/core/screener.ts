// From a client's profile to a ranked, explained shortlist. Safety comes first
// and from rules (screener-rules.ts); only treatments that pass are ranked,
// with points from screener-weights.ts, and every point is shown as a reason.
import type { CandidateProfile } from './screener-profile'
import type { Finding, RankReason, ScreenedTreatment, ScreeningResult } from './screener-types'
import type { Reference } from './result-types'
import { parseIsoDate } from './calendar'
import { allTreatments, referencesById, taxonomy } from './catalog'
import type { Concern, Contraindication, Treatment } from './content/schema'
import { HandbookError } from './handbook-error'
import { indexed } from './kb-index'
import type { KnowledgeBase } from './knowledge-base'
import { judge } from './screener-rules'
import type { ContestedPolicy } from './user-data/settings-options'
import * as W from './screener-weights'

/** Everything one screening reads besides its rules, by id. */
export interface ScreenerTables {
  treatments: Treatment[]
  contraindications: Map<string, Contraindication>
  concerns: Map<string, Concern>
  references: Map<string, Reference>
  currentMonths: Map<string, number>
}

/** Per dated condition, the longest wait any treatment's row gives it; a condition with no wait gets none (its cautions never lapse). */
function longestWaits(treatments: Treatment[], records: Map<string, Contraindication>): Map<string, number> {
  const out = new Map<string, number>()
  for (const t of treatments)
    for (const d of t.contraindications) if (records.get(d.id)?.dated && d.waitMonths !== undefined) out.set(d.id, Math.max(out.get(d.id) ?? 0, d.waitMonths))
  return out
}

/** Everything screening reads, built once per open knowledge base so one screening costs only the rules. */
function prepare(kb: KnowledgeBase): ScreenerTables {
  return indexed(kb, 'screener', () => {
    const tax = taxonomy(kb)
    const treatments = allTreatments(kb).map((x) => x.treatment)
    const contraindications = new Map(tax.contraindications.map((c) => [c.id, c]))
    return {
      treatments,
      contraindications,
      currentMonths: longestWaits(treatments, contraindications),
      concerns: new Map(tax.concerns.map((c) => [c.id, c])),
      references: new Map(referencesById(kb).map((r) => [r.id, r])),
    }
  })
}

const bad = (message: string) => new HandbookError('BAD_ARGUMENTS', message)

/** The schema has checked shapes; this checks the profile against this knowledge base and this day. */
export function checkProfile(kb: KnowledgeBase, p: CandidateProfile, today: string): void {
  const prep = prepare(kb)
  if (!parseIsoDate(today)) throw bad(`"${today}" is not a date.`)
  const unknownConcern = p.concerns.find((c) => !prep.concerns.has(c))
  if (unknownConcern) throw bad(`This version of the handbook has no concern "${unknownConcern}".`)
  const unknownFlag = p.flags.find((f) => !prep.contraindications.has(f))
  if (unknownFlag) throw bad(`This version of the handbook has no condition "${unknownFlag}".`)
  for (const [flag, date] of Object.entries(p.endedOn ?? {})) {
    const record = prep.contraindications.get(flag)
    const name = record?.name ?? flag
    if (!record) throw bad(`This version of the handbook has no condition "${flag}".`)
    if (!record.dated) throw bad(`"${name}" has no date to give: it counts as current while the client has it.`)
    if (!parseIsoDate(date)) throw bad(`The date given for "${name}" (${date}) is not a real date.`)
    if (date > today) throw bad(`The date given for "${name}" (${date}) is after today (${today}).`)
  }
}

function concernReasons(t: Treatment, p: CandidateProfile, prep: ScreenerTables): RankReason[] {
  const strengths = new Map(t.concerns.map((c) => [c.id, c.strength]))
  return p.concerns.flatMap((id, index): RankReason[] => {
    const strength = strengths.get(id)
    if (!strength) return []
    return [
      {
        kind: 'concern',
        fits: true,
        points: W.roundScore(W.STRENGTH_POINTS[strength] * W.importanceWeight(index)),
        concern: { id, name: prep.concerns.get(id)?.name ?? id, strength, importance: index + 1 },
      },
    ]
  })
}

function rankReasons(t: Treatment, p: CandidateProfile, prep: ScreenerTables, cautions: Finding[]): RankReason[] {
  const { ageMin, ageMax, glogau } = t.candidate
  const ageFits = p.age >= ageMin && p.age <= ageMax
  const glogauFits = glogau.includes(p.glogau)
  const f = t.fitzpatrick[p.fitzpatrick]
  const skinPenalty = W.PIH_PENALTY[f.pih] + W.SCARRING_PENALTY[f.scarring]
  const downtimeFits = p.maxDowntimeDays === undefined || t.downtimeDays.max <= p.maxDowntimeDays
  const relative = cautions.filter((c) => c.rule === 'relative-contraindication' || c.rule === 'no-data').length
  const contested = cautions.filter((c) => c.rule === 'contested-wait').length
  const reasons: RankReason[] = [
    ...concernReasons(t, p, prep),
    { kind: 'age', fits: ageFits, points: ageFits ? 0 : -W.AGE_OUTSIDE_BAND_PENALTY, age: { value: p.age, min: ageMin, max: ageMax } },
    { kind: 'glogau', fits: glogauFits, points: glogauFits ? 0 : -W.GLOGAU_OUTSIDE_PENALTY, glogau: { value: p.glogau, classes: glogau } },
    { kind: 'skin-type', fits: skinPenalty === 0, points: -skinPenalty, skinType: { type: p.fitzpatrick, pih: f.pih, scarring: f.scarring } },
    {
      kind: 'downtime',
      fits: downtimeFits,
      points: downtimeFits ? 0 : -W.DOWNTIME_RANGE_PENALTY,
      downtime: { min: t.downtimeDays.min, max: t.downtimeDays.max, ...(p.maxDowntimeDays === undefined ? {} : { accepted: p.maxDowntimeDays }) },
    },
  ]
  if (relative + contested > 0)
    reasons.push({
      kind: 'cautions',
      fits: false,
      points: -W.roundScore(relative * W.RELATIVE_CAUTION_PENALTY + contested * W.CONTESTED_WAIT_PENALTY),
      cautions: relative + contested,
    })
  reasons.push({ kind: 'evidence', fits: true, points: W.EVIDENCE_BONUS[t.evidence.level], evidence: t.evidence.level })
  return reasons
}

const LEVEL_ORDER: Record<Finding['level'], number> = { block: 0, high: 1, caution: 2, info: 3 }
const byLevel = (a: Finding, b: Finding) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
// One collator for every comparison: a fixed locale keeps the order the same on every machine.
const collator = new Intl.Collator('en')
/** Best first; equal scores by name, so the order never depends on anything but the data. */
const byScore = (a: ScreenedTreatment, b: ScreenedTreatment) => b.score - a.score || collator.compare(a.name, b.name)
const byName = (a: ScreenedTreatment, b: ScreenedTreatment) => collator.compare(a.name, b.name)

/**
 * Screens every treatment of the knowledge base for one client. `today`
 * (YYYY-MM-DD) is passed in so a result depends only on its inputs.
 */
export function screenCandidate(kb: KnowledgeBase, profile: CandidateProfile, today: string, policy: ContestedPolicy = 'cautious'): ScreeningResult {
  const prep = prepare(kb)
  checkProfile(kb, profile, today)
  const ctx = { today, policy, records: prep.contraindications, flags: new Set(profile.flags), currentMonths: prep.currentMonths }
  const result: ScreeningResult = { today, profile, policy, suitable: [], unmatched: [], deferred: [], excluded: [], references: {} }
  const cited = new Set<string>()

  for (const t of prep.treatments) {
    const v = judge(t, profile, ctx)
    const reasons = rankReasons(t, profile, prep, v.cautions)
    const item: ScreenedTreatment = {
      slug: t.slug,
      name: t.name,
      category: t.category,
      summary: t.summary,
      involvesInjection: t.involvesInjection,
      usesEnergyDevice: t.usesEnergyDevice,
      downtimeDays: { min: t.downtimeDays.min, max: t.downtimeDays.max },
      score: W.roundScore(reasons.reduce((sum, r) => sum + r.points, 0)),
      reasons,
      cautions: v.cautions.sort(byLevel),
      // An excluded treatment lists only what excludes it: a deferral would suggest it becomes possible later.
      blocks: v.exclusions.length ? v.exclusions : v.deferrals,
    }
    for (const f of [...item.cautions, ...item.blocks]) {
      for (const r of f.refs) cited.add(r)
      for (const pos of f.conflict?.positions ?? []) for (const r of pos.refs) cited.add(r)
    }
    // Every exclusion is listed, whatever the concerns, so "why is X missing?" always has an answer;
    // a treatment for none of the client's concerns is set aside before it is ranked or deferred.
    if (v.exclusions.length) result.excluded.push(item)
    else if (profile.concerns.length > 0 && !reasons.some((r) => r.kind === 'concern')) result.unmatched.push(item)
    else if (v.deferrals.length) result.deferred.push(item)
    else result.suitable.push(item)
  }

  result.suitable.sort(byScore)
  result.deferred.sort(byScore)
  result.unmatched.sort(byScore)
  result.excluded.sort(byName)
  for (const id of [...cited].sort()) {
    const ref = prep.references.get(id)
    if (ref) result.references[id] = ref
  }
  return result
}
