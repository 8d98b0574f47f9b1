// The candidate screener against the REAL knowledge base (resources/handbook.db,
// built by `npm run kb`). Each case's expectations are read from the content
// files; the comment above each case names the file(s) and reference(s) behind it.
// A condition's class rules live in resources/content/conditions/<id>.yaml (the first
// rule whose `when` properties a treatment has decides), a treatment's own entry in
// resources/content/treatments/<slug>.yaml › contraindications overrides them, and a
// treatment's properties are declared in its own file.
// Expectations list the treatments that must land in a group (a subset), so a
// treatment added to the content later does not break a case it has no part in.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CandidateProfile } from '../../src-main/core/screener-profile'
import type { Finding, ScreenedTreatment, ScreeningResult, ScreenRule } from '../../src-main/api/screener-types'
import { addMonths } from '../../src-main/core/calendar'
import { allTreatments } from '../../src-main/core/catalog'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { screenCandidate } from '../../src-main/core/screener'
import type { ContestedPolicy } from '../../src-main/core/user-data/settings-options'

const KB_PATH = resolve(import.meta.dirname, '../../resources/handbook.db')
const TODAY = '2026-06-01'
const BASE: CandidateProfile = {
  age: 40,
  fitzpatrick: 'II',
  glogau: 2,
  concerns: [],
  flags: [],
  injectionsAcceptable: true,
  energyDevicesAcceptable: true,
}

/** A cause is a contraindication id ("keloid-tendency") or a rule ("skin-type-risk", "contested-wait"). */
type Cause = string
type Expect = Record<string, Cause>
type Level = Finding['level']

interface Case {
  name: string
  profile: Partial<CandidateProfile>
  /** The contested-wait setting; absent = the default, most cautious position. */
  policy?: ContestedPolicy
  excluded?: Expect
  deferred?: Expect
  /** Suitable, carrying a caution (level 'caution' or 'high') with this cause, optionally at this level. */
  cautioned?: Record<string, Cause | [Cause, Level]>
  /** Suitable, and the condition is named as considered with no known interaction (information only). */
  noted?: Expect
  /** Suitable, and the dated condition's wait is named as over (information only). */
  waitOver?: Expect
  /** Suitable, and the dated condition's caution is named as no longer current (information only). */
  lapsed?: Expect
  suitable?: string[]
  check?: (r: ScreeningResult) => void
}

let kb: KnowledgeBase
beforeAll(() => {
  kb = openKnowledgeBase(KB_PATH)
})
afterAll(() => kb.close())

const matches = (f: Finding, cause: Cause) => f.contraindication?.id === cause || f.rule === cause
const groupOf = (r: ScreeningResult, slug: string) =>
  (['suitable', 'unmatched', 'deferred', 'excluded'] as const).find((g) => r[g].some((t) => t.slug === slug))
const item = (r: ScreeningResult, slug: string): ScreenedTreatment => {
  const found = [...r.suitable, ...r.unmatched, ...r.deferred, ...r.excluded].find((t) => t.slug === slug)
  if (!found) throw new Error(`${slug} is in no group`)
  return found
}
/** The one finding a treatment carries for a condition, wherever it is shown. */
const finding = (r: ScreeningResult, slug: string, condition: string): Finding => {
  const t = item(r, slug)
  const found = [...t.blocks, ...t.cautions].find((f) => f.contraindication?.id === condition)
  if (!found) throw new Error(`${slug} names no finding for ${condition}`)
  return found
}
const screen = (p: Partial<CandidateProfile>, policy?: ContestedPolicy) => screenCandidate(kb, { ...BASE, ...p }, TODAY, policy)
const allSlugs = () => allTreatments(kb).map((x) => x.treatment.slug)

const cases: Case[] = [
  // ─── No condition ───────────────────────────────────────────────────────────
  // Every cell of the matrix is conditional on a flag; with none set, and every Fitzpatrick II rating
  // at most "moderate" (treatments/*.yaml › fitzpatrick.II), nothing can be excluded or deferred.
  {
    name: 'a healthy Fitzpatrick II client with no limits: nothing excluded or deferred',
    profile: {},
    check: (r) => {
      expect(r.excluded).toEqual([])
      expect(r.deferred).toEqual([])
      expect(r.suitable).toHaveLength(allTreatments(kb).length)
      expect(r.policy).toBe('cautious')
    },
  },

  // ─── Pregnancy: one deferral for every elective procedure ──────────────────
  // conditions/pregnancy-breastfeeding.yaml: one class rule, `stance: defer` for every treatment
  // (dermatolsurg-2013-cosmetic-procedures-pregnancy, trivedi-2017-cosmetic-procedures-pregnancy); own entries
  // (botulinum-toxin-a: allergan-botox-important-safety-information; fractional-co2-laser, picosecond-laser:
  // dermatolsurg-2013; prp, prp-with-stem-cells: dermatolsurg-2013, trivedi-2017) defer as well. Issue 13:
  // pregnancy was absolute for microneedling but relative for CO2, relative for PRP but absolute for PRP with
  // stem cells; now all four defer alike. The record carries the conflict (delay all vs glycolic/lactic safe).
  {
    name: 'pregnant: every treatment deferred alike (microneedling and CO2, PRP and PRP with stem cells), with the sources’ conflict',
    profile: { flags: ['pregnancy-breastfeeding'] },
    deferred: {
      'botulinum-toxin-a': 'pregnancy-breastfeeding',
      'hyaluronic-acid-filler': 'pregnancy-breastfeeding',
      dermapen: 'pregnancy-breastfeeding',
      'fractional-co2-laser': 'pregnancy-breastfeeding',
      prp: 'pregnancy-breastfeeding',
      'prp-with-stem-cells': 'pregnancy-breastfeeding',
      'glycolic-acid-peel': 'pregnancy-breastfeeding',
      'salicylic-acid-peel': 'pregnancy-breastfeeding',
      'tca-peel-superficial': 'pregnancy-breastfeeding',
      'phenol-croton-oil-peel': 'pregnancy-breastfeeding',
      'jessner-peel': 'pregnancy-breastfeeding',
    },
    check: (r) => {
      expect(r.suitable).toEqual([])
      expect(r.excluded).toEqual([])
      expect(r.deferred.map((t) => t.slug).sort()).toEqual(allSlugs().sort())
      const block = item(r, 'botulinum-toxin-a').blocks[0]!
      expect(block.contraindication?.source).toBe('own')
      expect(block.conflict?.positions.length).toBeGreaterThanOrEqual(2)
      const cited = block.conflict!.positions.flatMap((p) => p.refs)
      expect(cited).toEqual(expect.arrayContaining(['trivedi-2017-cosmetic-procedures-pregnancy', 'dermatolsurg-2013-cosmetic-procedures-pregnancy']))
      expect(r.references['trivedi-2017-cosmetic-procedures-pregnancy']?.citation).toMatch(/Trivedi/)
    },
  },
  // Same files: glycolic-acid-peel, lactic-acid-peel, aha-peel-low and aha-peel-high hold own entries with
  // waitMonths 0 / minWaitMonths 0 (contested: trivedi-2017 regards glycolic and lactic peels as safe;
  // bozzo-2011, putra-2022). Under "show as a caution" they become cautions showing both positions; salicylic,
  // TCA and Jessner's keep a plain deferral (trivedi-2017: TCA and salicylic peels avoided), as does everything else.
  {
    name: 'pregnant, policy “show as a caution”: glycolic, lactic and AHA peels cautioned with the conflict; salicylic, TCA, Jessner, toxin still deferred',
    profile: { flags: ['pregnancy-breastfeeding'] },
    policy: 'caution',
    cautioned: {
      'glycolic-acid-peel': ['contested-wait', 'high'],
      'lactic-acid-peel': ['contested-wait', 'high'],
      'aha-peel-low': ['contested-wait', 'high'],
      'aha-peel-high': ['contested-wait', 'high'],
    },
    deferred: {
      'salicylic-acid-peel': 'pregnancy-breastfeeding',
      'tca-peel-superficial': 'pregnancy-breastfeeding',
      'jessner-peel': 'pregnancy-breastfeeding',
      'mandelic-acid-peel': 'pregnancy-breastfeeding',
      'botulinum-toxin-a': 'pregnancy-breastfeeding',
      dermapen: 'pregnancy-breastfeeding',
    },
    check: (r) => {
      expect(r.policy).toBe('caution')
      const c = finding(r, 'glycolic-acid-peel', 'pregnancy-breastfeeding')
      expect(c.conflict?.positions.flatMap((p) => p.refs)).toContain('trivedi-2017-cosmetic-procedures-pregnancy')
      expect(c.refs).toContain('bozzo-2011-skin-care-pregnancy-cfp')
    },
  },

  // ─── Skin type (treatments/*.yaml › fitzpatrick) ───────────────────────────
  // ablative-erbium-yag-laser.yaml › fitzpatrick.V: very-high PIH and HIGH scarring, "Full-field ablation is
  // generally avoided" (Er:YAG in types III+: 38% hyperpigmentation) — issue 13: full-field Er:YAG in type V was
  // only a caution. fractional-co2-laser.yaml › V: high/moderate → high caution. phenol-croton-oil-peel.yaml › V
  // ("Deep peels should be avoided"), dermabrasion.yaml › V, tca-peel-medium.yaml › V → excluded.
  {
    name: 'Fitzpatrick V: full-field Er:YAG excluded with deep resurfacing; fractional CO2 kept with a high pigmentation caution',
    profile: { fitzpatrick: 'V' },
    excluded: {
      'ablative-erbium-yag-laser': 'skin-type-risk',
      'phenol-croton-oil-peel': 'skin-type-risk',
      dermabrasion: 'skin-type-risk',
      'tca-peel-medium': 'skin-type-risk',
    },
    cautioned: {
      'fractional-co2-laser': ['skin-type-risk', 'high'],
      'salicylic-acid-peel': ['skin-type-risk', 'caution'],
    },
    check: (r) => {
      const b = item(r, 'ablative-erbium-yag-laser').blocks.find((f) => f.rule === 'skin-type-risk')!
      expect(b.skinType).toEqual({ type: 'V', pih: 'very-high', scarring: 'high' })
      expect(b.note).toMatch(/Full-field ablation is generally avoided/)
    },
  },
  // VI ratings: ablative-erbium and fractional-co2 (very-high/high), ipl (very-high/high, "Generally avoided
  // for photorejuvenation") → excluded. dual-wavelength-laser VI very-high/moderate, laser-toning and
  // picosecond-laser VI high/low → caution. botulinum-toxin-a, hifu, calcium-hydroxylapatite VI low/low.
  {
    name: 'Fitzpatrick VI: fully ablative lasers and IPL excluded, other lasers cautioned, injectables untouched',
    profile: { fitzpatrick: 'VI' },
    excluded: {
      'ablative-erbium-yag-laser': 'skin-type-risk',
      'fractional-co2-laser': 'skin-type-risk',
      ipl: 'skin-type-risk',
      'phenol-croton-oil-peel': 'skin-type-risk',
    },
    cautioned: {
      'dual-wavelength-laser': ['skin-type-risk', 'high'],
      'laser-toning': ['skin-type-risk', 'high'],
      'picosecond-laser': ['skin-type-risk', 'high'],
      'rf-microneedling': ['skin-type-risk', 'high'],
    },
    suitable: ['botulinum-toxin-a', 'hifu', 'calcium-hydroxylapatite'],
    check: (r) => {
      for (const slug of ['botulinum-toxin-a', 'hifu', 'calcium-hydroxylapatite']) expect(item(r, slug).cautions).toEqual([])
    },
  },
  // phenol-croton-oil-peel.yaml › IV high/high: "Deep peels should be avoided in Fitzpatrick IV–VI" → excluded.
  // dermabrasion IV high/moderate, ipl IV high/moderate, fractional-co2 IV high/moderate → high caution.
  {
    name: 'Fitzpatrick IV: phenol peel excluded, dermabrasion, IPL and CO2 with a high caution',
    profile: { fitzpatrick: 'IV' },
    excluded: { 'phenol-croton-oil-peel': 'skin-type-risk' },
    cautioned: {
      dermabrasion: ['skin-type-risk', 'high'],
      ipl: ['skin-type-risk', 'high'],
      'fractional-co2-laser': ['skin-type-risk', 'high'],
    },
  },
  // phenol-croton-oil-peel.yaml › I: low PIH, moderate scarring ("permanent lightening rather than PIH").
  {
    name: 'Fitzpatrick I: no skin-type exclusion or high caution; phenol keeps a moderate one',
    profile: { fitzpatrick: 'I' },
    cautioned: { 'phenol-croton-oil-peel': ['skin-type-risk', 'caution'] },
    check: (r) => {
      expect(r.excluded).toEqual([])
      const high = r.suitable.flatMap((t) => t.cautions).filter((c) => c.rule === 'skin-type-risk' && c.level === 'high')
      expect(high).toEqual([])
    },
  },

  // ─── Keloid tendency ───────────────────────────────────────────────────────
  // conditions/keloid-tendency.yaml: [wounds-dermis, confluent-wound] → exclude (iadvl-2008-chemical-peel-guidelines,
  // mayo-2015-dermabrasion-risks, statpearls-hypertrophic-scars-keloids) — phenol, medium TCA, dermabrasion and
  // full-field Er:YAG; [leaves-implant] → exclude with a `why` (venome-filler-lidocaine-ifu,
  // fda-sculptra-aesthetic-labeling) — PLLA, HA, CaHA, threads; [wounds-dermis] → caution
  // (needling, fractional CO2 has an own caution: statpearls, blanco-2007); [wounds-epidermis] → caution
  // (tca-peel-superficial own entry, iadvl-2008); catch-all none (LED).
  {
    name: 'keloid tendency: deep peels, dermabrasion, full-field Er:YAG and implants excluded; fractional lasers and needling cautioned',
    profile: { flags: ['keloid-tendency'] },
    excluded: {
      'phenol-croton-oil-peel': 'keloid-tendency',
      'tca-peel-medium': 'keloid-tendency',
      dermabrasion: 'keloid-tendency',
      'ablative-erbium-yag-laser': 'keloid-tendency',
      'poly-l-lactic-acid': 'keloid-tendency',
      'hyaluronic-acid-filler': 'keloid-tendency',
      'calcium-hydroxylapatite': 'keloid-tendency',
      'pdo-threads': 'keloid-tendency',
    },
    cautioned: {
      'fractional-co2-laser': 'keloid-tendency',
      dermapen: 'keloid-tendency',
      dermaroller: 'keloid-tendency',
      'rf-microneedling': 'keloid-tendency',
      'tca-peel-superficial': 'keloid-tendency',
    },
    noted: { 'led-photobiomodulation': 'keloid-tendency' },
    check: (r) => {
      const ex = finding(r, 'phenol-croton-oil-peel', 'keloid-tendency')
      expect(ex.rule).toBe('absolute-contraindication')
      expect(ex.contraindication?.source).toBe('class')
      expect(ex.refs).toContain('iadvl-2008-chemical-peel-guidelines')
      expect(finding(r, 'poly-l-lactic-acid', 'keloid-tendency').refs).toContain('fda-sculptra-aesthetic-labeling')
    },
  },

  // ─── Infection and herpes ──────────────────────────────────────────────────
  // conditions/active-infection.yaml: one class rule, defer for every treatment (dermatolsurg-2000, urdiales-galvez-2018,
  // iadvl-2008); own entries defer too (ipl, laser-toning, picosecond and thulium files: mayo-clinic-laser-resurfacing-risks,
  // belislaser-fractional-laser-contraindications; hyaluronic-acid-filler: juvederm-canada-safety-information).
  // Undated: no wait is given, so no countdown.
  {
    name: 'active herpes outbreak: every treatment deferred until healed, with no countdown',
    profile: { flags: ['active-infection'] },
    deferred: {
      ipl: 'active-infection',
      'laser-toning': 'active-infection',
      'long-pulsed-nd-yag-1064': 'active-infection',
      'picosecond-laser': 'active-infection',
      'thulium-1927-laser': 'active-infection',
      'led-photobiomodulation': 'active-infection',
      'glycolic-acid-peel': 'active-infection',
      'phenol-croton-oil-peel': 'active-infection',
      'ablative-erbium-yag-laser': 'active-infection',
      'fractional-co2-laser': 'active-infection',
      dermapen: 'active-infection',
      'rf-microneedling': 'active-infection',
      'botulinum-toxin-a': 'active-infection',
      'hyaluronic-acid-filler': 'active-infection',
      prp: 'active-infection',
    },
    check: (r) => {
      expect(r.deferred.map((t) => t.slug).sort()).toEqual(allSlugs().sort())
      expect(item(r, 'dermapen').blocks[0]!.wait).toBeUndefined()
    },
  },
  // conditions/herpes-history.yaml: caution for everything that wounds, heats, injects or applies acid; the
  // confluent-wound rule and the own entries of the deep resurfacing treatments state antiviral prophylaxis as
  // standard (dermatolsurg-2000-valacyclovir-resurfacing-rct, gilbert-2001-hsv-resurfacing-review; own entries:
  // ablative-erbium-yag-laser, fractional-co2-laser, dermabrasion, tca-peel-medium, phenol-croton-oil-peel);
  // LED (light only) falls to the catch-all none. The record carries the conflict on who needs prophylaxis
  // (young-2010, newcastle-2025).
  {
    name: 'herpes history: resurfacing kept with an antiviral-prophylaxis caution and the conflict; LED noted as no interaction',
    profile: { flags: ['herpes-history'] },
    cautioned: {
      'picosecond-laser': 'herpes-history',
      'laser-toning': 'herpes-history',
      'fractional-co2-laser': 'herpes-history',
      'ablative-erbium-yag-laser': 'herpes-history',
      dermabrasion: 'herpes-history',
      'tca-peel-medium': 'herpes-history',
      'phenol-croton-oil-peel': 'herpes-history',
      'hyaluronic-acid-filler': 'herpes-history',
      'glycolic-acid-peel': 'herpes-history',
    },
    noted: { 'led-photobiomodulation': 'herpes-history' },
    check: (r) => {
      const c = finding(r, 'fractional-co2-laser', 'herpes-history')
      expect(c.conflict?.summary).toMatch(/prophylaxis/)
      expect(c.refs).toContain('dermatolsurg-2000-valacyclovir-resurfacing-rct')
      for (const slug of ['ablative-erbium-yag-laser', 'fractional-co2-laser', 'dermabrasion', 'tca-peel-medium', 'phenol-croton-oil-peel'])
        expect(finding(r, slug, 'herpes-history').note, slug).toMatch(/antiviral prophylaxis/i)
    },
  },

  // ─── Isotretinoin: one policy for one contested wait ───────────────────────
  // conditions/isotretinoin.yaml: [wounds-dermis, confluent-wound] → defer 12 (min 6) — phenol, medium TCA,
  // dermabrasion, full-field Er:YAG (bagatin-2010-dermabrasion-during-isotretinoin, picosse-2012-early-chemabrasion-
  // after-isotretinoin: the standing advice is 6–12 months; the 2017 consensus still advises 6 for these);
  // [ablative] → defer 12 (min 0) — fractional CO2 (picosse-2012 vs spring-2017-isotretinoin-procedures-jama, which
  // found no reason to delay fractional ablative lasers); [wounds-dermis], [wounds-epidermis], [heats-dermis], [acid]
  // → defer 6 (min 0) — needling (dermapen own entry), superficial peels, monopolar RF, HIFU, IPL, 1550 and the
  // picosecond own entry; catch-all none for injections and LED. Issue 13: monopolar RF waited 12 months, phenol,
  // medium TCA and dermabrasion 6 — now the wound-free device never waits longer than a wounding one.
  {
    name: 'last isotretinoin 3 months ago: deep resurfacing deferred 9 more months, other resurfacing and energy devices 3; injections noted',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-03-01' } },
    deferred: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      dermabrasion: 'isotretinoin',
      'tca-peel-medium': 'isotretinoin',
      'phenol-croton-oil-peel': 'isotretinoin',
      'fractional-co2-laser': 'isotretinoin',
      'tca-peel-superficial': 'isotretinoin',
      'glycolic-acid-peel': 'isotretinoin',
      'salicylic-acid-peel': 'isotretinoin',
      'non-ablative-fractional-1550': 'isotretinoin',
      'monopolar-radiofrequency': 'isotretinoin',
      dermapen: 'isotretinoin',
      hifu: 'isotretinoin',
      ipl: 'isotretinoin',
      'picosecond-laser': 'isotretinoin',
    },
    noted: {
      'hyaluronic-acid-filler': 'isotretinoin',
      'botulinum-toxin-a': 'isotretinoin',
      prp: 'isotretinoin',
      'led-photobiomodulation': 'isotretinoin',
    },
    check: (r) => {
      const deep = ['ablative-erbium-yag-laser', 'dermabrasion', 'tca-peel-medium', 'phenol-croton-oil-peel']
      for (const slug of deep) {
        const d = finding(r, slug, 'isotretinoin')
        expect(d.wait, slug).toMatchObject({ months: 12, minMonths: 6, since: '2026-03-01', until: '2027-03-01', remaining: { months: 9, days: 0 } })
        expect(d.conflict?.positions.length).toBeGreaterThanOrEqual(2)
        expect(d.refs).toContain('bagatin-2010-dermabrasion-during-isotretinoin')
      }
      expect(finding(r, 'fractional-co2-laser', 'isotretinoin').wait).toMatchObject({
        months: 12,
        minMonths: 0,
        until: '2027-03-01',
        remaining: { months: 9, days: 0 },
      })
      const rf = finding(r, 'monopolar-radiofrequency', 'isotretinoin').wait!
      expect(rf).toMatchObject({ months: 6, minMonths: 0, until: '2026-09-01', remaining: { months: 3, days: 0 } })
      for (const slug of deep) expect(rf.months).toBeLessThanOrEqual(finding(r, slug, 'isotretinoin').wait!.months)
      const peel = finding(r, 'tca-peel-superficial', 'isotretinoin')
      expect(peel.wait).toMatchObject({ months: 6, minMonths: 0, until: '2026-09-01', remaining: { months: 3, days: 0 } })
      expect(peel.conflict?.positions.flatMap((p) => p.refs)).toContain('ye-2022-salicylic-peel-during-isotretinoin-rct')
    },
  },
  // Same rules under "show as a caution": where the shortest cited wait is none (the 2017 consensus found no
  // reason to delay superficial peels, fractional and non-ablative lasers, needling), the treatment becomes a
  // contested-wait caution; the deep resurfacing's shortest wait (6 months) has not passed, so it stays
  // deferred, with the time to go counted to that shorter wait.
  {
    name: 'last isotretinoin 3 months ago, policy “show as a caution”: superficial and fractional treatments cautioned; deep resurfacing still deferred 3 months',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-03-01' } },
    policy: 'caution',
    deferred: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      dermabrasion: 'isotretinoin',
      'tca-peel-medium': 'isotretinoin',
      'phenol-croton-oil-peel': 'isotretinoin',
    },
    cautioned: {
      'tca-peel-superficial': ['contested-wait', 'high'],
      'glycolic-acid-peel': ['contested-wait', 'high'],
      'fractional-co2-laser': ['contested-wait', 'high'],
      'non-ablative-fractional-1550': ['contested-wait', 'high'],
      'monopolar-radiofrequency': ['contested-wait', 'high'],
      dermapen: ['contested-wait', 'high'],
      hifu: ['contested-wait', 'high'],
      'picosecond-laser': ['contested-wait', 'high'],
    },
    check: (r) => {
      const d = finding(r, 'dermabrasion', 'isotretinoin')
      expect(d.wait).toMatchObject({ months: 12, minMonths: 6, until: '2027-03-01', minUntil: '2026-09-01', remaining: { months: 3, days: 0 } })
      const peel = finding(r, 'tca-peel-superficial', 'isotretinoin')
      expect(peel.wait).toMatchObject({ months: 6, minMonths: 0, since: '2026-03-01', until: '2026-09-01', minUntil: '2026-03-01' })
      expect(peel.conflict?.positions.flatMap((p) => p.refs)).toContain('ye-2022-salicylic-peel-during-isotretinoin-rct')
    },
  },
  // Same sources; without a date the client is taken to be still on the drug, so every defer stands, without
  // an end date.
  {
    name: 'isotretinoin, date of last dose not given: every resurfacing and energy treatment deferred without a countdown',
    profile: { flags: ['isotretinoin'] },
    deferred: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      dermabrasion: 'isotretinoin',
      'tca-peel-superficial': 'isotretinoin',
      'fractional-co2-laser': 'isotretinoin',
      'monopolar-radiofrequency': 'isotretinoin',
    },
    noted: { 'hyaluronic-acid-filler': 'isotretinoin' },
    check: (r) => {
      const w = finding(r, 'ablative-erbium-yag-laser', 'isotretinoin').wait!
      expect(w).toMatchObject({ months: 12, minMonths: 6 })
      expect(w.until).toBeUndefined()
      expect(w.remaining).toBeUndefined()
      expect(finding(r, 'fractional-co2-laser', 'isotretinoin').wait).toMatchObject({ months: 12, minMonths: 0 })
      expect(finding(r, 'monopolar-radiofrequency', 'isotretinoin').wait).toMatchObject({ months: 6, minMonths: 0 })
    },
  },
  // The 2017 consensus position covers patients "on or recently off isotretinoin": under "show as a caution"
  // a treatment whose shortest cited wait is none is cautioned even without a date; deep resurfacing (shortest
  // wait 6 months, not yet started) stays deferred.
  {
    name: 'isotretinoin, no date, policy “show as a caution”: superficial peel and fractional CO2 cautioned; full-field Er:YAG and dermabrasion deferred',
    profile: { flags: ['isotretinoin'] },
    policy: 'caution',
    deferred: { 'ablative-erbium-yag-laser': 'isotretinoin', dermabrasion: 'isotretinoin', 'phenol-croton-oil-peel': 'isotretinoin' },
    cautioned: {
      'tca-peel-superficial': ['contested-wait', 'high'],
      'fractional-co2-laser': ['contested-wait', 'high'],
      dermaroller: ['contested-wait', 'high'],
    },
    check: (r) => expect(finding(r, 'ablative-erbium-yag-laser', 'isotretinoin').wait?.remaining).toBeUndefined(),
  },
  // 7 months after the last dose the 6-month waits have passed (wait over, information only); the 12-month
  // waits for confluent dermal wounds and ablative lasers have 5 to go.
  {
    name: 'last isotretinoin 7 months ago: 6-month waits shown as over; deep resurfacing and ablative lasers deferred 5 more months',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-11-01' } },
    waitOver: {
      'tca-peel-superficial': 'isotretinoin',
      'monopolar-radiofrequency': 'isotretinoin',
      dermapen: 'isotretinoin',
      'picosecond-laser': 'isotretinoin',
    },
    deferred: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      dermabrasion: 'isotretinoin',
      'tca-peel-medium': 'isotretinoin',
      'phenol-croton-oil-peel': 'isotretinoin',
      'fractional-co2-laser': 'isotretinoin',
    },
    check: (r) => expect(finding(r, 'phenol-croton-oil-peel', 'isotretinoin').wait).toMatchObject({ until: '2026-11-01', remaining: { months: 5, days: 0 } }),
  },
  // Under "show as a caution" the deep resurfacing's shortest cited wait (6 months, the consensus position)
  // has passed too, so nothing is deferred any more; deep resurfacing shows the contest as a high caution.
  {
    name: 'last isotretinoin 7 months ago, policy “show as a caution”: deep resurfacing cautioned as contested, nothing deferred',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-11-01' } },
    policy: 'caution',
    cautioned: {
      'ablative-erbium-yag-laser': ['contested-wait', 'high'],
      dermabrasion: ['contested-wait', 'high'],
      'tca-peel-medium': ['contested-wait', 'high'],
      'phenol-croton-oil-peel': ['contested-wait', 'high'],
      'fractional-co2-laser': ['contested-wait', 'high'],
    },
    waitOver: { 'tca-peel-superficial': 'isotretinoin', 'monopolar-radiofrequency': 'isotretinoin' },
    check: (r) => expect(r.deferred).toEqual([]),
  },
  // Exactly 12 months after the last dose the longest cited wait ends today: over, not deferred.
  {
    name: 'last isotretinoin exactly 12 months ago: the longest wait ends today and is shown as over',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-06-01' } },
    waitOver: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      dermabrasion: 'isotretinoin',
      'tca-peel-medium': 'isotretinoin',
      'phenol-croton-oil-peel': 'isotretinoin',
    },
    check: (r) => {
      expect(r.deferred).toEqual([])
      expect(finding(r, 'dermabrasion', 'isotretinoin').wait).toMatchObject({ since: '2025-06-01', until: '2026-06-01' })
    },
  },
  {
    name: 'last isotretinoin one day short of 12 months: deep resurfacing deferred one more day',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-06-02' } },
    deferred: { 'ablative-erbium-yag-laser': 'isotretinoin', dermabrasion: 'isotretinoin' },
    waitOver: { 'tca-peel-superficial': 'isotretinoin' },
    check: (r) => expect(finding(r, 'dermabrasion', 'isotretinoin').wait).toMatchObject({ until: '2026-06-02', remaining: { months: 0, days: 1 } }),
  },
  {
    name: 'last isotretinoin 13 months ago: no isotretinoin deferral anywhere, every wait shown as over',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-05-01' } },
    waitOver: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      'phenol-croton-oil-peel': 'isotretinoin',
      'fractional-co2-laser': 'isotretinoin',
      dermapen: 'isotretinoin',
    },
    check: (r) => expect(r.deferred).toEqual([]),
  },

  // ─── Bleeding: medicines and disorders are two conditions ──────────────────
  // conditions/anticoagulants.yaml: [blood-product] → caution (schippinger-2015-nsaids-prp-platelet-function,
  // hamman-goldman-2013-minimizing-bruising): NSAIDs impair the platelets, but aspirin alone no longer excludes
  // PRP (issue 13). [punctures-skin] → caution (hamman-goldman-2013, schlesinger-cohen-2013-purpura-fillers) —
  // PLLA now cautioned like HA and CaHA (issue 13); botulinum-toxin-a own caution (allergan-botox-important-safety-
  // information); [wounds-dermis] caution (fractional CO2); [focused-ultrasound] caution (ultherapy-uk-safety-guidelines);
  // catch-all none for treatments that neither puncture nor cut (peels, IPL, monopolar RF).
  {
    name: 'anticoagulant or aspirin: PRP kept with a platelet caution; PLLA, HA, CaHA, toxin and needling cautioned; peels and IPL noted',
    profile: { flags: ['anticoagulants'] },
    cautioned: {
      prp: 'anticoagulants',
      'prp-with-stem-cells': 'anticoagulants',
      'poly-l-lactic-acid': 'anticoagulants',
      'hyaluronic-acid-filler': 'anticoagulants',
      'calcium-hydroxylapatite': 'anticoagulants',
      'botulinum-toxin-a': 'anticoagulants',
      dermapen: 'anticoagulants',
      'fractional-co2-laser': 'anticoagulants',
      hifu: 'anticoagulants',
    },
    noted: { 'glycolic-acid-peel': 'anticoagulants', ipl: 'anticoagulants', 'monopolar-radiofrequency': 'anticoagulants' },
    check: (r) => {
      expect(r.excluded).toEqual([])
      expect(finding(r, 'prp', 'anticoagulants').refs).toContain('schippinger-2015-nsaids-prp-platelet-function')
    },
  },
  // conditions/bleeding-disorder.yaml: [blood-product] → exclude (alves-grimalt-2018-prp-review; prp and
  // prp-with-stem-cells own entries); [punctures-skin, wounds-dermis] → exclude (chu-2021-microneedling-safety-systematic-review,
  // inmode-optimas-manual-contraindications) — haemophilia now excludes microneedling (issue 13);
  // [injects, leaves-implant] → exclude (venome-filler-lidocaine-ifu, juvederm-canada-safety-information);
  // [injects] → caution (toxin, mesotherapy, polynucleotides); [focused-ultrasound] caution (ultherapy-uk-safety-guidelines);
  // [electrical-current] caution (monopolar RF; bipolar RF own entry); catch-all none (superficial peels, IPL).
  {
    name: 'bleeding disorder: PRP, microneedling and implanted fillers excluded; toxin, RF and ultrasound cautioned; peels noted',
    profile: { flags: ['bleeding-disorder'] },
    excluded: {
      prp: 'bleeding-disorder',
      'prp-with-stem-cells': 'bleeding-disorder',
      'adipose-derived-stem-cells': 'bleeding-disorder',
      dermapen: 'bleeding-disorder',
      dermaroller: 'bleeding-disorder',
      'rf-microneedling': 'bleeding-disorder',
      'hyaluronic-acid-filler': 'bleeding-disorder',
      'calcium-hydroxylapatite': 'bleeding-disorder',
      'poly-l-lactic-acid': 'bleeding-disorder',
      'pdo-threads': 'bleeding-disorder',
    },
    cautioned: {
      'botulinum-toxin-a': 'bleeding-disorder',
      mesotherapy: 'bleeding-disorder',
      hifu: 'bleeding-disorder',
      'monopolar-radiofrequency': 'bleeding-disorder',
      'bipolar-radiofrequency': 'bleeding-disorder',
      'fractional-co2-laser': 'bleeding-disorder',
    },
    noted: { 'glycolic-acid-peel': 'bleeding-disorder', ipl: 'bleeding-disorder', 'led-photobiomodulation': 'bleeding-disorder' },
    check: (r) => {
      expect(finding(r, 'prp', 'bleeding-disorder').refs).toContain('alves-grimalt-2018-prp-review')
      expect(finding(r, 'dermapen', 'bleeding-disorder').refs).toContain('chu-2021-microneedling-safety-systematic-review')
    },
  },
  // Both files together. The disorder is the stricter condition for every treatment (a client with both is
  // never judged more leniently for the disorder than for the medicine), and an excluded PRP still names the
  // medicine as a caution.
  {
    name: 'anticoagulant and bleeding disorder: PRP excluded for the disorder, the medicine still named; the disorder never milder than the medicine',
    profile: { flags: ['anticoagulants', 'bleeding-disorder'] },
    excluded: { prp: 'bleeding-disorder', dermapen: 'bleeding-disorder' },
    cautioned: { 'botulinum-toxin-a': 'bleeding-disorder' },
    check: (r) => {
      expect(item(r, 'prp').blocks.map((b) => b.contraindication?.id)).toEqual(['bleeding-disorder'])
      expect(item(r, 'prp').cautions.map((c) => c.contraindication?.id)).toContain('anticoagulants')
      const rank = { none: 0, caution: 1, defer: 2, exclude: 3 } as const
      for (const t of [...r.suitable, ...r.deferred, ...r.excluded]) {
        const stance = (id: string) => finding(r, t.slug, id).contraindication!.stance
        expect(rank[stance('bleeding-disorder')], t.slug).toBeGreaterThanOrEqual(rank[stance('anticoagulants')])
      }
    },
  },

  // ─── Allergies ─────────────────────────────────────────────────────────────
  // conditions/product-allergy.yaml: [injects] → exclude (allergan-2013-botox-cosmetic-label, venome-filler-lidocaine-ifu;
  // own entries in botulinum-toxin-a and polynucleotides); [blood-product] → caution (the allergy that matters is
  // to the anaesthetic or activator, lei-2019); [acid] and [wounds-epidermis] → caution (check every ingredient
  // and the numbing cream: dayan-rohrich-2019-jessner-tca-prsgo); catch-all none (lasers, RF).
  {
    name: 'known product allergy: every injected product excluded; PRP, peels and needling cautioned; lasers noted',
    profile: { flags: ['product-allergy'] },
    excluded: {
      'botulinum-toxin-a': 'product-allergy',
      'hyaluronic-acid-filler': 'product-allergy',
      'calcium-hydroxylapatite': 'product-allergy',
      'poly-l-lactic-acid': 'product-allergy',
      polynucleotides: 'product-allergy',
      'skin-boosters': 'product-allergy',
      mesotherapy: 'product-allergy',
      'pdo-threads': 'product-allergy',
    },
    cautioned: { prp: 'product-allergy', 'jessner-peel': 'product-allergy', dermapen: 'product-allergy', 'glycolic-acid-peel': 'product-allergy' },
    noted: { ipl: 'product-allergy', 'monopolar-radiofrequency': 'product-allergy', 'picosecond-laser': 'product-allergy' },
  },
  // conditions/salicylate-allergy.yaml (new): [salicylate] → exclude (arif-2015-salicylic-peel-review-ccid,
  // madan-levitt-2014-topical-salicylic-acid-toxicity) — salicylic-acid-peel and jessner-peel declare `salicylate`;
  // own cautions: mandelic-acid-peel (often sold as salicylic–mandelic, dermatol-surg-2016-glycolic-salicylic-mandelic-melasma)
  // and tca-peel-medium (primed with Jessner's, dayan-rohrich-2019-jessner-tca-prsgo: prime with glycolic instead);
  // catch-all none (glycolic, lactic, superficial TCA).
  {
    name: 'salicylate or aspirin allergy: salicylic and Jessner peels excluded; mandelic and medium TCA cautioned; glycolic noted',
    profile: { flags: ['salicylate-allergy'] },
    excluded: { 'salicylic-acid-peel': 'salicylate-allergy', 'jessner-peel': 'salicylate-allergy' },
    cautioned: { 'mandelic-acid-peel': 'salicylate-allergy', 'tca-peel-medium': 'salicylate-allergy' },
    noted: { 'glycolic-acid-peel': 'salicylate-allergy', 'lactic-acid-peel': 'salicylate-allergy', 'tca-peel-superficial': 'salicylate-allergy' },
    check: (r) => {
      expect(finding(r, 'jessner-peel', 'salicylate-allergy').refs).toContain('madan-levitt-2014-topical-salicylic-acid-toxicity')
      expect(finding(r, 'tca-peel-medium', 'salicylate-allergy').note).toMatch(/glycolic/)
    },
  },

  // ─── Medicines and diseases with one target treatment ─────────────────────
  // botulinum-toxin-a.yaml: neuromuscular disease excluded (allergan-botox-important-safety-information,
  // jcn-2022-myasthenia-gravis-botulinum); conditions/neuromuscular-disease.yaml: [focused-ultrasound] → caution
  // (hifu and microfocused-ultrasound own entries: "not evaluated in Bell's palsy"); catch-all none.
  {
    name: 'neuromuscular disease: botulinum toxin excluded, focused ultrasound cautioned, peels and fillers noted',
    profile: { flags: ['neuromuscular-disease'] },
    excluded: { 'botulinum-toxin-a': 'neuromuscular-disease' },
    cautioned: { hifu: 'neuromuscular-disease', 'microfocused-ultrasound': 'neuromuscular-disease' },
    noted: { 'glycolic-acid-peel': 'neuromuscular-disease', 'hyaluronic-acid-filler': 'neuromuscular-disease' },
    check: (r) => {
      expect(item(r, 'glycolic-acid-peel').cautions.map((c) => c.rule)).toEqual(['no-known-interaction'])
      expect(finding(r, 'botulinum-toxin-a', 'neuromuscular-disease').refs).toContain('allergan-botox-important-safety-information')
    },
  },
  // conditions/interacting-medication.yaml: [neurotoxin] → defer; botulinum-toxin-a.yaml own entry defer with a
  // `why` (druglib-botox-label-interactions, mims-nabota-drug-interactions); the record's conflict (caution vs
  // contraindicated aminoglycosides). Catch-all none for everything else.
  {
    name: 'aminoglycoside or other interacting medicine: botulinum toxin deferred with the labels’ conflict; everything else noted',
    profile: { flags: ['interacting-medication'] },
    deferred: { 'botulinum-toxin-a': 'interacting-medication' },
    noted: { 'hyaluronic-acid-filler': 'interacting-medication', prp: 'interacting-medication', 'glycolic-acid-peel': 'interacting-medication' },
    check: (r) => {
      expect(r.deferred.map((t) => t.slug)).toEqual(['botulinum-toxin-a'])
      const d = finding(r, 'botulinum-toxin-a', 'interacting-medication')
      expect(d.conflict?.positions.flatMap((p) => p.refs)).toEqual(
        expect.arrayContaining(['druglib-botox-label-interactions', 'mims-nabota-drug-interactions']),
      )
    },
  },
  // conditions/cardiac-hepatic-renal-disease.yaml (new): [phenol] → exclude; phenol-croton-oil-peel.yaml own entry
  // (kadunc-2009-phenol-systemic-toxicity, atsdr-2011-phenol-toxguide, chempedia-phenol-peel-arrhythmias);
  // catch-all none: the systemic risk comes from absorbed phenol only. botulinum-toxin-a.yaml own caution with a
  // `why` (fda-dailymed-botox-cosmetic-label: cardiovascular adverse events; caution with pre-existing heart disease).
  {
    name: 'heart, liver or kidney disease: phenol peel excluded; botulinum toxin cautioned; medium TCA and fillers noted',
    profile: { flags: ['cardiac-hepatic-renal-disease'] },
    excluded: { 'phenol-croton-oil-peel': 'cardiac-hepatic-renal-disease' },
    cautioned: { 'botulinum-toxin-a': 'cardiac-hepatic-renal-disease' },
    noted: {
      'tca-peel-medium': 'cardiac-hepatic-renal-disease',
      dermabrasion: 'cardiac-hepatic-renal-disease',
      'hyaluronic-acid-filler': 'cardiac-hepatic-renal-disease',
    },
    check: (r) => {
      expect(r.excluded.map((t) => t.slug)).toEqual(['phenol-croton-oil-peel'])
      expect(finding(r, 'phenol-croton-oil-peel', 'cardiac-hepatic-renal-disease').refs).toContain('kadunc-2009-phenol-systemic-toxicity')
      expect(finding(r, 'botulinum-toxin-a', 'cardiac-hepatic-renal-disease').refs).toContain('fda-dailymed-botox-cosmetic-label')
    },
  },
  // conditions/gold-therapy.yaml (new): catch-all none ("reported only after nanosecond Q-switched lasers; long-pulsed
  // lasers were used to clear it", cohen-ross-2015-laser-induced-chrysiasis); laser-toning.yaml own exclude (Q-switched
  // 1064 nm: cohen-ross-2015, archderm-2002-q-switched-chrysiasis); picosecond-laser.yaml own caution with a `why`
  // (similar ultrashort pulses, no published case).
  {
    name: 'past gold treatment: Q-switched laser toning excluded, picosecond cautioned, long-pulsed Nd:YAG and IPL noted',
    profile: { flags: ['gold-therapy'] },
    excluded: { 'laser-toning': 'gold-therapy' },
    cautioned: { 'picosecond-laser': 'gold-therapy' },
    noted: { 'long-pulsed-nd-yag-1064': 'gold-therapy', ipl: 'gold-therapy', 'fractional-co2-laser': 'gold-therapy' },
    check: (r) => {
      expect(r.excluded.map((t) => t.slug)).toEqual(['laser-toning'])
      expect(finding(r, 'laser-toning', 'gold-therapy').refs).toContain('archderm-2002-q-switched-chrysiasis')
    },
  },
  // conditions/tattoo-in-field.yaml (new): [light-laser] → caution (khunger-2015-tattoo-complications-removal,
  // goldman-wollina-2014-permanent-eye-makeup); led-photobiomodulation.yaml own none; catch-all none.
  {
    name: 'tattoo or permanent make-up in the field: every laser and IPL cautioned; LED, RF and peels noted',
    profile: { flags: ['tattoo-in-field'] },
    cautioned: {
      ipl: 'tattoo-in-field',
      'picosecond-laser': 'tattoo-in-field',
      'laser-toning': 'tattoo-in-field',
      'non-ablative-fractional-1550': 'tattoo-in-field',
      'fractional-co2-laser': 'tattoo-in-field',
      'ablative-erbium-yag-laser': 'tattoo-in-field',
      'long-pulsed-nd-yag-1064': 'tattoo-in-field',
      'thulium-1927-laser': 'tattoo-in-field',
    },
    noted: { 'led-photobiomodulation': 'tattoo-in-field', 'monopolar-radiofrequency': 'tattoo-in-field', 'glycolic-acid-peel': 'tattoo-in-field' },
    check: (r) => {
      expect(r.excluded).toEqual([])
      expect(finding(r, 'ipl', 'tattoo-in-field').refs).toContain('khunger-2015-tattoo-complications-removal')
      expect(finding(r, 'led-photobiomodulation', 'tattoo-in-field').contraindication?.source).toBe('own')
    },
  },
  // conditions/filler-or-implant-in-area.yaml: [focused-ultrasound] → caution (fabi-2019-mfuv-consensus; hifu and
  // microfocused-ultrasound own entries, vachiramon-2023-ha-filler-mfu); [electrical-current] → caution
  // (hsu-2019-fractional-devices-over-ha-histology, urdiales-galvez-2019-ha-laser-consensus; rf-microneedling own entry);
  // [injects] → caution; [wounds-dermis], [ablative], [heats-dermis], [acid] → caution (the filler label names laser,
  // peels and other dermal-response procedures: galderma-restylane-canada-safety-considerations, urdiales-galvez-2019;
  // picosecond-laser own caution); catch-all none for what neither heats nor wounds the dermis nor applies acid
  // (microdermabrasion, LED).
  {
    name: 'filler or implant in the area: ultrasound, RF, injections, lasers and peels cautioned; microdermabrasion and LED noted',
    profile: { flags: ['filler-or-implant-in-area'] },
    cautioned: {
      hifu: 'filler-or-implant-in-area',
      'microfocused-ultrasound': 'filler-or-implant-in-area',
      'rf-microneedling': 'filler-or-implant-in-area',
      'monopolar-radiofrequency': 'filler-or-implant-in-area',
      'bipolar-radiofrequency': 'filler-or-implant-in-area',
      'hyaluronic-acid-filler': 'filler-or-implant-in-area',
      'fractional-co2-laser': 'filler-or-implant-in-area',
      'non-ablative-fractional-1550': 'filler-or-implant-in-area',
      'picosecond-laser': 'filler-or-implant-in-area',
      'glycolic-acid-peel': 'filler-or-implant-in-area',
    },
    noted: { microdermabrasion: 'filler-or-implant-in-area', 'led-photobiomodulation': 'filler-or-implant-in-area' },
    check: (r) => {
      expect(r.excluded).toEqual([])
      expect(finding(r, 'microfocused-ultrasound', 'filler-or-implant-in-area').refs).toContain('fabi-2019-mfuv-consensus')
    },
  },
  // conditions/implanted-device.yaml: [electrical-current] and [focused-ultrasound] → exclude (own entries:
  // beinart-nazarian-2013-emi-cardiac-devices, ultherapy-uk-safety-guidelines, ultherapy-au-safety-information);
  // [leaves-implant] → caution (restylane-skinboosters-precautions-mims); catch-all none.
  {
    name: 'implanted electronic device: radiofrequency and focused-ultrasound devices excluded; implanted fillers cautioned',
    profile: { flags: ['implanted-device'] },
    excluded: {
      'bipolar-radiofrequency': 'implanted-device',
      'fractional-radiofrequency': 'implanted-device',
      'monopolar-radiofrequency': 'implanted-device',
      'rf-microneedling': 'implanted-device',
      hifu: 'implanted-device',
      'microfocused-ultrasound': 'implanted-device',
    },
    cautioned: { 'hyaluronic-acid-filler': 'implanted-device', 'poly-l-lactic-acid': 'implanted-device', 'pdo-threads': 'implanted-device' },
    noted: { 'botulinum-toxin-a': 'implanted-device', 'glycolic-acid-peel': 'implanted-device', 'fractional-co2-laser': 'implanted-device' },
    check: (r) => expect(finding(r, 'hifu', 'implanted-device').refs).toContain('ultherapy-uk-safety-guidelines'),
  },

  // ─── Recent tan or sunburn (dated; every defer waits 0.5 month ≈ 15 days) ──
  // conditions/recent-tan-sunburn.yaml: [light-laser], [heats-dermis], [wounds-epidermis], [acid] → defer,
  // waitMonths 0.5, "at least two weeks" (inmode-optimas-manual-contraindications, manuskiatti-2013-pih-asians-review,
  // mayo-clinic-laser-resurfacing-risks, nikalji-2012); bipolar-radiofrequency own defer 0.5 (inmode-optimas,
  // sadick-2005); [punctures-skin] → caution (do not inject through sunburnt skin); catch-all none.
  {
    name: 'recent tan, date not given: light, energy, peels and needling deferred without a countdown; injections cautioned',
    profile: { flags: ['recent-tan-sunburn'] },
    deferred: {
      ipl: 'recent-tan-sunburn',
      'picosecond-laser': 'recent-tan-sunburn',
      'non-ablative-fractional-1550': 'recent-tan-sunburn',
      'thulium-1927-laser': 'recent-tan-sunburn',
      'laser-toning': 'recent-tan-sunburn',
      'fractional-co2-laser': 'recent-tan-sunburn',
      'glycolic-acid-peel': 'recent-tan-sunburn',
      'bipolar-radiofrequency': 'recent-tan-sunburn',
      hifu: 'recent-tan-sunburn',
      dermapen: 'recent-tan-sunburn',
    },
    cautioned: { 'botulinum-toxin-a': 'recent-tan-sunburn', 'hyaluronic-acid-filler': 'recent-tan-sunburn', prp: 'recent-tan-sunburn' },
    check: (r) => {
      const w = finding(r, 'ipl', 'recent-tan-sunburn').wait!
      expect(w.months).toBe(0.5)
      expect(w.until).toBeUndefined()
    },
  },
  // Same file, issue 13: "a 5-day-old sunburn leaves PRP, both microneedling treatments, monopolar RF and HIFU
  // suitable". Needling wounds the epidermis, RF and HIFU heat the dermis → deferred about 10 more days;
  // PRP punctures → named with a caution (no injection through burnt skin).
  {
    name: 'sunburn 5 days ago: both microneedling devices, RF microneedling, monopolar RF and HIFU deferred 10 more days; PRP cautioned',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-27' } },
    deferred: {
      dermapen: 'recent-tan-sunburn',
      dermaroller: 'recent-tan-sunburn',
      'rf-microneedling': 'recent-tan-sunburn',
      'monopolar-radiofrequency': 'recent-tan-sunburn',
      hifu: 'recent-tan-sunburn',
      'microfocused-ultrasound': 'recent-tan-sunburn',
      'fractional-radiofrequency': 'recent-tan-sunburn',
    },
    cautioned: { prp: 'recent-tan-sunburn', 'prp-with-stem-cells': 'recent-tan-sunburn' },
    check: (r) => {
      for (const slug of ['dermapen', 'hifu', 'monopolar-radiofrequency'])
        expect(finding(r, slug, 'recent-tan-sunburn').wait, slug).toMatchObject({
          months: 0.5,
          since: '2026-05-27',
          until: '2026-06-11',
          remaining: { months: 0, days: 10 },
        })
    },
  },
  {
    name: 'tan 10 days ago: bipolar RF and IPL deferred with 5 days to go',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-22' } },
    deferred: { 'bipolar-radiofrequency': 'recent-tan-sunburn', ipl: 'recent-tan-sunburn' },
    check: (r) => {
      for (const slug of ['bipolar-radiofrequency', 'ipl'])
        expect(finding(r, slug, 'recent-tan-sunburn').wait, slug).toMatchObject({ months: 0.5, until: '2026-06-06', remaining: { months: 0, days: 5 } })
    },
  },
  {
    name: 'tan 14 days ago: IPL, picosecond and 1550 nm deferred one more day',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-18' } },
    deferred: { ipl: 'recent-tan-sunburn', 'picosecond-laser': 'recent-tan-sunburn', 'non-ablative-fractional-1550': 'recent-tan-sunburn' },
    check: (r) => expect(finding(r, 'ipl', 'recent-tan-sunburn').wait).toMatchObject({ until: '2026-06-02', remaining: { months: 0, days: 1 } }),
  },
  {
    name: 'tan 15 days ago: the two-week wait ends today and is shown as over',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-17' } },
    waitOver: { ipl: 'recent-tan-sunburn', 'picosecond-laser': 'recent-tan-sunburn', hifu: 'recent-tan-sunburn', dermapen: 'recent-tan-sunburn' },
    check: (r) => {
      expect(r.deferred).toEqual([])
      expect(finding(r, 'ipl', 'recent-tan-sunburn').wait?.until).toBe(TODAY)
    },
  },
  {
    name: 'tan 3 weeks ago: every two-week wait is over, RF and IPL alike',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-11' } },
    waitOver: {
      'bipolar-radiofrequency': 'recent-tan-sunburn',
      'fractional-radiofrequency': 'recent-tan-sunburn',
      'rf-microneedling': 'recent-tan-sunburn',
      ipl: 'recent-tan-sunburn',
      'picosecond-laser': 'recent-tan-sunburn',
    },
    check: (r) => expect(r.deferred).toEqual([]),
  },
  // Issue 13: "A tan that faded 3 months (or 3 years) ago still defers IPL, picosecond and 1550 nm with no end date."
  {
    name: 'tan faded 3 months ago: IPL, picosecond and 1550 nm no longer deferred, the wait shown as over',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-03-01' } },
    waitOver: { ipl: 'recent-tan-sunburn', 'picosecond-laser': 'recent-tan-sunburn', 'non-ablative-fractional-1550': 'recent-tan-sunburn' },
    check: (r) => expect(r.deferred).toEqual([]),
  },
  {
    name: 'tan faded 3 years ago: IPL, picosecond and 1550 nm no longer deferred, the wait shown as over',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2023-06-01' } },
    waitOver: { ipl: 'recent-tan-sunburn', 'picosecond-laser': 'recent-tan-sunburn', 'non-ablative-fractional-1550': 'recent-tan-sunburn' },
    check: (r) => {
      expect(r.deferred).toEqual([])
      expect(finding(r, 'non-ablative-fractional-1550', 'recent-tan-sunburn').wait).toMatchObject({ since: '2023-06-01', until: '2023-06-16' })
    },
  },

  // ─── Recent facial surgery (new, dated; confluent dermal wounds wait 3 months) ─
  // conditions/recent-facial-surgery.yaml: [wounds-dermis, confluent-wound] → defer 3 months, "at least 2–3 months
  // after undermining surgery" (skindiseasecare-deep-peel-patient-selection, peel-selection-chapter-clinicalgate) —
  // medium and deep peels, dermabrasion, full-field Er:YAG (issue 13: no interval before medium/deep peels);
  // [wounds-dermis], [ablative], [wounds-epidermis], [punctures-skin] → caution (scheuer-2015 for ablation);
  // catch-all none (IPL, HIFU, RF).
  {
    name: 'recent facial surgery, date not given: medium and deep peels, dermabrasion and full-field Er:YAG deferred; lighter wounds cautioned',
    profile: { flags: ['recent-facial-surgery'] },
    deferred: {
      'tca-peel-medium': 'recent-facial-surgery',
      'phenol-croton-oil-peel': 'recent-facial-surgery',
      dermabrasion: 'recent-facial-surgery',
      'ablative-erbium-yag-laser': 'recent-facial-surgery',
    },
    cautioned: {
      'fractional-co2-laser': 'recent-facial-surgery',
      dermapen: 'recent-facial-surgery',
      'rf-microneedling': 'recent-facial-surgery',
      'tca-peel-superficial': 'recent-facial-surgery',
      'hyaluronic-acid-filler': 'recent-facial-surgery',
    },
    noted: { ipl: 'recent-facial-surgery', hifu: 'recent-facial-surgery', 'monopolar-radiofrequency': 'recent-facial-surgery' },
    check: (r) => {
      const d = finding(r, 'phenol-croton-oil-peel', 'recent-facial-surgery')
      expect(d.wait).toMatchObject({ months: 3 })
      expect(d.wait?.until).toBeUndefined()
      expect(d.refs).toContain('skindiseasecare-deep-peel-patient-selection')
    },
  },
  {
    name: 'facial surgery 2 months ago: medium TCA and phenol deferred one more month',
    profile: { flags: ['recent-facial-surgery'], endedOn: { 'recent-facial-surgery': '2026-04-01' } },
    deferred: { 'tca-peel-medium': 'recent-facial-surgery', 'phenol-croton-oil-peel': 'recent-facial-surgery', dermabrasion: 'recent-facial-surgery' },
    check: (r) =>
      expect(finding(r, 'tca-peel-medium', 'recent-facial-surgery').wait).toMatchObject({
        months: 3,
        since: '2026-04-01',
        until: '2026-07-01',
        remaining: { months: 1, days: 0 },
      }),
  },
  // The same record has no conflict and no shortest wait, so the contested-wait setting changes nothing.
  {
    name: 'facial surgery 2 months ago, policy “show as a caution”: an uncontested wait still defers',
    profile: { flags: ['recent-facial-surgery'], endedOn: { 'recent-facial-surgery': '2026-04-01' } },
    policy: 'caution',
    deferred: {
      'tca-peel-medium': 'recent-facial-surgery',
      'phenol-croton-oil-peel': 'recent-facial-surgery',
      'ablative-erbium-yag-laser': 'recent-facial-surgery',
    },
    check: (r) => {
      expect(r.suitable.flatMap((t) => t.cautions).filter((c) => c.rule === 'contested-wait')).toEqual([])
      expect(finding(r, 'phenol-croton-oil-peel', 'recent-facial-surgery').wait?.remaining).toEqual({ months: 1, days: 0 })
    },
  },
  {
    name: 'facial surgery one day short of 3 months: deep peels deferred one more day',
    profile: { flags: ['recent-facial-surgery'], endedOn: { 'recent-facial-surgery': '2026-03-02' } },
    deferred: { 'phenol-croton-oil-peel': 'recent-facial-surgery', dermabrasion: 'recent-facial-surgery' },
    check: (r) =>
      expect(finding(r, 'phenol-croton-oil-peel', 'recent-facial-surgery').wait).toMatchObject({ until: '2026-06-02', remaining: { months: 0, days: 1 } }),
  },
  {
    name: 'facial surgery exactly 3 months ago: the wait ends today and is shown as over',
    profile: { flags: ['recent-facial-surgery'], endedOn: { 'recent-facial-surgery': '2026-03-01' } },
    waitOver: {
      'tca-peel-medium': 'recent-facial-surgery',
      'phenol-croton-oil-peel': 'recent-facial-surgery',
      dermabrasion: 'recent-facial-surgery',
      'ablative-erbium-yag-laser': 'recent-facial-surgery',
    },
    check: (r) => expect(r.deferred).toEqual([]),
  },
  // A caution in the same file carries no wait of its own (treat operated skin only once healed and with the
  // surgeon's agreement): it holds while the surgery is within the longest wait the file gives (3 months) ...
  {
    name: 'facial surgery 2 months ago: fractional, needling and injection cautions hold',
    profile: { flags: ['recent-facial-surgery'], endedOn: { 'recent-facial-surgery': '2026-04-01' } },
    cautioned: { 'fractional-co2-laser': 'recent-facial-surgery', dermapen: 'recent-facial-surgery', 'hyaluronic-acid-filler': 'recent-facial-surgery' },
  },
  // ... and lapses once the surgery lies further back than that: by then even a deep peel may go ahead.
  {
    name: 'facial surgery a year ago: deep peels free (wait over); fractional, needling and injection cautions no longer current',
    profile: { flags: ['recent-facial-surgery'], endedOn: { 'recent-facial-surgery': '2025-06-01' } },
    waitOver: { 'phenol-croton-oil-peel': 'recent-facial-surgery', 'tca-peel-medium': 'recent-facial-surgery' },
    lapsed: { 'fractional-co2-laser': 'recent-facial-surgery', dermapen: 'recent-facial-surgery', 'hyaluronic-acid-filler': 'recent-facial-surgery' },
    check: (r) => {
      expect(r.deferred).toEqual([])
      expect(finding(r, 'dermapen', 'recent-facial-surgery').wait).toEqual({ months: 3, since: '2025-06-01', until: '2025-09-01' })
    },
  },
  // recent-tan-sunburn.yaml: the longest wait is 0.5 month, so the injection cautions end with it.
  {
    name: 'tan three years ago: every wait over and the injection cautions no longer current',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2023-05-20' } },
    waitOver: { ipl: 'recent-tan-sunburn', dermapen: 'recent-tan-sunburn', 'glycolic-acid-peel': 'recent-tan-sunburn' },
    lapsed: { 'botulinum-toxin-a': 'recent-tan-sunburn', 'hyaluronic-acid-filler': 'recent-tan-sunburn', prp: 'recent-tan-sunburn' },
    check: (r) =>
      expect(r.suitable.flatMap((t) => t.cautions).filter((c) => c.contraindication?.id === 'recent-tan-sunburn' && c.level !== 'info')).toEqual([]),
  },

  // ─── Inflamed skin, autoimmune disease, lesions, healing, light, expectations ─
  // conditions/active-acne-dermatitis.yaml: [wounds-epidermis], [acid], [punctures-skin], [heats-dermis] → defer
  // (iadvl-2008, karampinis-2024-laser-koebner, manuskiatti-2013, restylane-skinboosters-precautions-mims); issue 13:
  // ablative Er:YAG was ranked first with no mention — now deferred by the [wounds-epidermis] rule.
  // botulinum-toxin-a.yaml own caution with a `why` (a few intramuscular points in clear skin, allergan-2013 label);
  // [light-laser] none for LED (opel-led-brief-review-jcad: used to treat acne).
  {
    name: 'active acne or dermatitis at the site: ablative Er:YAG deferred with peels, needling, energy and fillers; toxin cautioned; LED noted',
    profile: { flags: ['active-acne-dermatitis'] },
    deferred: {
      'ablative-erbium-yag-laser': 'active-acne-dermatitis',
      'fractional-co2-laser': 'active-acne-dermatitis',
      hifu: 'active-acne-dermatitis',
      'microfocused-ultrasound': 'active-acne-dermatitis',
      'hyaluronic-acid-filler': 'active-acne-dermatitis',
      'skin-boosters': 'active-acne-dermatitis',
      'poly-l-lactic-acid': 'active-acne-dermatitis',
      'salicylic-acid-peel': 'active-acne-dermatitis',
      'glycolic-acid-peel': 'active-acne-dermatitis',
      dermapen: 'active-acne-dermatitis',
      ipl: 'active-acne-dermatitis',
      prp: 'active-acne-dermatitis',
    },
    cautioned: { 'botulinum-toxin-a': 'active-acne-dermatitis' },
    noted: { 'led-photobiomodulation': 'active-acne-dermatitis' },
    check: (r) => {
      const d = finding(r, 'ablative-erbium-yag-laser', 'active-acne-dermatitis')
      expect(d.contraindication?.source).toBe('class')
      expect(d.refs).toContain('karampinis-2024-laser-koebner')
    },
  },
  // conditions/autoimmune-disease.yaml: [wounds-dermis], [ablative], [injects unless neurotoxin], [heats-dermis],
  // [light-laser], [wounds-epidermis], [acid] → caution (karampinis-2024, archdermres-2023-laser-ipl-vitiligo-survey,
  // owczarczyk-2021-ha-filler-immunogenicity, venome-filler-lidocaine-ifu); own cautions in ipl, laser-toning,
  // microfocused-ultrasound; catch-all none (botulinum toxin). Issue 13: lupus put no caution on CO2, Er:YAG or PLLA.
  {
    name: 'lupus or other autoimmune disease: CO2, Er:YAG and PLLA cautioned with RF, IPL and fillers; toxin noted; none excluded',
    profile: { flags: ['autoimmune-disease'] },
    cautioned: {
      'fractional-co2-laser': 'autoimmune-disease',
      'ablative-erbium-yag-laser': 'autoimmune-disease',
      'poly-l-lactic-acid': 'autoimmune-disease',
      'bipolar-radiofrequency': 'autoimmune-disease',
      'monopolar-radiofrequency': 'autoimmune-disease',
      ipl: 'autoimmune-disease',
      'laser-toning': 'autoimmune-disease',
      'hyaluronic-acid-filler': 'autoimmune-disease',
      dermabrasion: 'autoimmune-disease',
    },
    noted: { 'botulinum-toxin-a': 'autoimmune-disease' },
    check: (r) => {
      expect(r.excluded).toEqual([])
      expect(finding(r, 'poly-l-lactic-acid', 'autoimmune-disease').refs).toContain('owczarczyk-2021-ha-filler-immunogenicity')
      expect(finding(r, 'ablative-erbium-yag-laser', 'autoimmune-disease').refs).toContain('karampinis-2024-laser-koebner')
    },
  },
  // conditions/skin-malignancy.yaml: [light-laser] → defer until a doctor has assessed the lesion
  // (delker-2017-melanoma-in-lasered-lesions, zipser-2010-melanoma-after-laser; own entries in ipl, picosecond-laser,
  // laser-toning); catch-all defer (restylane-skinboosters-precautions-mims: not where tumours are present).
  {
    name: 'suspicious lesion at the site: pigment lasers, IPL, needling and PRP deferred until assessed',
    profile: { flags: ['skin-malignancy'] },
    deferred: {
      ipl: 'skin-malignancy',
      'picosecond-laser': 'skin-malignancy',
      'laser-toning': 'skin-malignancy',
      'thulium-1927-laser': 'skin-malignancy',
      dermapen: 'skin-malignancy',
      'rf-microneedling': 'skin-malignancy',
      prp: 'skin-malignancy',
    },
    check: (r) => {
      expect(r.suitable).toEqual([])
      expect(finding(r, 'ipl', 'skin-malignancy').refs).toContain('delker-2017-melanoma-in-lasered-lesions')
    },
  },
  // conditions/impaired-healing.yaml: [wounds-dermis], [ablative], [wounds-epidermis], [punctures-skin], [heats-dermis]
  // → caution (skindiseasecare-deep-peel-patient-selection, ejps-2021-resurfacing-immunocompromised-diabetic,
  // alves-grimalt-2018-prp-review, inmode-optimas); own cautions in fractional-co2, ablative-erbium, poly-l-lactic-acid
  // (sculptra label: healthy immune systems); catch-all none (LED, low-strength AHA: no wound to heal).
  {
    name: 'impaired healing or immunosuppression: deep peels, dermabrasion, lasers, RF, PRP and PLLA cautioned; LED noted',
    profile: { flags: ['impaired-healing'] },
    cautioned: {
      'phenol-croton-oil-peel': 'impaired-healing',
      'tca-peel-medium': 'impaired-healing',
      dermabrasion: 'impaired-healing',
      'fractional-co2-laser': 'impaired-healing',
      'monopolar-radiofrequency': 'impaired-healing',
      prp: 'impaired-healing',
      'poly-l-lactic-acid': 'impaired-healing',
    },
    noted: { 'led-photobiomodulation': 'impaired-healing', 'aha-peel-low': 'impaired-healing' },
    check: (r) => expect(finding(r, 'poly-l-lactic-acid', 'impaired-healing').refs).toContain('fda-sculptra-aesthetic-labeling'),
  },
  // conditions/photosensitivity.yaml: [light-laser] and [acid] → caution; record conflict (BMLA vs evidence review,
  // kerstein-2014-laser-photosensitive-medication); own cautions in ipl, picosecond, LED, the peels; catch-all none.
  {
    name: 'photosensitising medicine: light devices and peels cautioned with the conflict shown; fillers and RF noted',
    profile: { flags: ['photosensitivity'] },
    cautioned: {
      ipl: 'photosensitivity',
      'picosecond-laser': 'photosensitivity',
      'led-photobiomodulation': 'photosensitivity',
      'glycolic-acid-peel': 'photosensitivity',
      'fractional-co2-laser': 'photosensitivity',
    },
    noted: { 'hyaluronic-acid-filler': 'photosensitivity', 'monopolar-radiofrequency': 'photosensitivity', dermapen: 'photosensitivity' },
    check: (r) =>
      expect(finding(r, 'ipl', 'photosensitivity').conflict?.positions.flatMap((p) => p.refs)).toContain('kerstein-2014-laser-photosensitive-medication'),
  },
  // conditions/unrealistic-expectations.yaml: one class rule, caution for every treatment
  // (joseph-2017-bdd-facial-plastic-screening); own cautions (pdo-threads: bertossi-2018; hifu: meta-analysis 2020).
  {
    name: 'unrealistic expectations: every treatment cautioned, threads, fillers and tightening devices among them',
    profile: { flags: ['unrealistic-expectations'] },
    cautioned: {
      'pdo-threads': 'unrealistic-expectations',
      'hyaluronic-acid-filler': 'unrealistic-expectations',
      hifu: 'unrealistic-expectations',
      'adipose-derived-stem-cells': 'unrealistic-expectations',
      'led-photobiomodulation': 'unrealistic-expectations',
    },
    check: (r) => expect(r.suitable.map((t) => t.slug).sort()).toEqual(allSlugs().sort()),
  },

  // ─── What the client accepts ───────────────────────────────────────────────
  // involvesInjection in each treatment record.
  {
    name: 'injections not acceptable: every injected treatment excluded for that reason, nothing else',
    profile: { injectionsAcceptable: false },
    excluded: {
      'botulinum-toxin-a': 'injection-declined',
      'hyaluronic-acid-filler': 'injection-declined',
      'pdo-threads': 'injection-declined',
      prp: 'injection-declined',
      'adipose-derived-stem-cells': 'injection-declined',
    },
    suitable: ['glycolic-acid-peel', 'fractional-co2-laser', 'hifu'],
    check: (r) => {
      for (const t of r.excluded) expect(t.blocks.map((b) => [b.rule, b.refs])).toEqual([['injection-declined', []]])
      expect([...r.suitable, ...r.unmatched].some((t) => t.involvesInjection)).toBe(false)
    },
  },
  // usesEnergyDevice in each treatment record (lasers, RF, focused ultrasound, LED).
  {
    name: 'energy devices not acceptable: lasers, RF, ultrasound and LED excluded; peels, needling and toxin kept',
    profile: { energyDevicesAcceptable: false },
    excluded: {
      'fractional-co2-laser': 'energy-device-declined',
      ipl: 'energy-device-declined',
      'led-photobiomodulation': 'energy-device-declined',
      hifu: 'energy-device-declined',
      'rf-microneedling': 'energy-device-declined',
    },
    suitable: ['glycolic-acid-peel', 'dermapen', 'botulinum-toxin-a'],
    check: (r) => expect([...r.suitable, ...r.deferred].some((t) => t.usesEnergyDevice)).toBe(false),
  },
  // downtimeDays in each record: dermabrasion 7–14, phenol 7–21, tca-medium 7–14, fractional-co2 5–14 → even the
  // shortest is over 2 days; glycolic 0–7 and dermaroller 2–4 fit at their gentle end.
  {
    name: 'accepts at most 2 days of downtime: deep resurfacing excluded, gentle-end fits cautioned and ranked down',
    profile: { maxDowntimeDays: 2 },
    excluded: {
      dermabrasion: 'downtime-too-long',
      'phenol-croton-oil-peel': 'downtime-too-long',
      'tca-peel-medium': 'downtime-too-long',
      'fractional-co2-laser': 'downtime-too-long',
    },
    cautioned: { 'glycolic-acid-peel': 'downtime-range', dermaroller: 'downtime-range' },
    suitable: ['botulinum-toxin-a'],
    check: (r) => {
      expect(item(r, 'botulinum-toxin-a').cautions).toEqual([])
      expect(item(r, 'fractional-co2-laser').blocks[0]!.downtime).toEqual({ min: 5, max: 14, accepted: 2 })
      expect(item(r, 'glycolic-acid-peel').reasons.find((x) => x.kind === 'downtime')).toMatchObject({ fits: false })
    },
  },

  // ─── Age bands and ranking ─────────────────────────────────────────────────
  // botulinum-toxin-a.yaml: candidate age 18–65, the only strong match for dynamic wrinkles. The age band
  // describes the studied population, not a contraindication, so a 72-year-old is ranked, not refused.
  {
    name: 'age 72 with dynamic wrinkles: botulinum toxin still first, its age reason marked outside the band',
    profile: { age: 72, glogau: 3, concerns: ['dynamic-wrinkles'] },
    check: (r) => {
      expect(r.suitable[0]!.slug).toBe('botulinum-toxin-a')
      expect(r.suitable[0]!.reasons.find((x) => x.kind === 'age')).toMatchObject({ fits: false, age: { value: 72, min: 18, max: 65 } })
      expect(r.suitable[0]!.reasons.find((x) => x.kind === 'age')!.points).toBeLessThan(0)
    },
  },
  // hyaluronic-acid-filler.yaml › candidate.ageMin 22 ("US approval covers adults aged 22 or older",
  // fda-dermal-fillers-approved-uses); issue 13: the minimum age was 18. The age band is a rank reason, not an
  // exclusion (screener-weights.ts › AGE_OUTSIDE_BAND_PENALTY), so a 19-year-old sees HA filler ranked down with
  // the band shown, never refused; calcium-hydroxylapatite shares the band (ageMin 22); toxin (18–65) fits.
  {
    name: 'age 19 with volume loss: HA filler ranked down (age band 22+) but not excluded; toxin’s band fits',
    profile: { age: 19, concerns: ['volume-loss'] },
    suitable: ['hyaluronic-acid-filler', 'calcium-hydroxylapatite'],
    check: (r) => {
      const ha = item(r, 'hyaluronic-acid-filler')
      expect(ha.blocks).toEqual([])
      const age = ha.reasons.find((x) => x.kind === 'age')!
      expect(age).toMatchObject({ fits: false, age: { value: 19, min: 22, max: 80 } })
      expect(age.points).toBeLessThan(0)
      expect(item(r, 'calcium-hydroxylapatite').reasons.find((x) => x.kind === 'age')).toMatchObject({ fits: false, age: { min: 22 } })
      expect(item(r, 'botulinum-toxin-a').reasons.find((x) => x.kind === 'age')).toMatchObject({ fits: true, points: 0 })
      const adult = screen({ age: 30, concerns: ['volume-loss'] })
      expect(ha.score).toBeLessThan(item(adult, 'hyaluronic-acid-filler').score)
    },
  },
  // volume-loss is strong only in hyaluronic-acid-filler, calcium-hydroxylapatite and poly-l-lactic-acid
  // (moderate in prp-with-stem-cells and adipose-derived-stem-cells); all fit age 55, Glogau III.
  {
    name: 'volume loss, age 55, Glogau III: the three volumising fillers rank first',
    profile: { age: 55, glogau: 3, concerns: ['volume-loss'] },
    check: (r) => {
      expect(
        r.suitable
          .slice(0, 3)
          .map((t) => t.slug)
          .sort(),
      ).toEqual(['calcium-hydroxylapatite', 'hyaluronic-acid-filler', 'poly-l-lactic-acid'])
      expect(r.suitable[0]!.reasons[0]).toMatchObject({ kind: 'concern', concern: { id: 'volume-loss', strength: 'strong', importance: 1 } })
    },
  },
  // Importance order: the strong treatments for whichever concern is listed first lead the list.
  {
    name: 'acne scars before volume loss: a strong acne-scar treatment leads',
    profile: { concerns: ['acne-scars', 'volume-loss'] },
    check: (r) => expect(r.suitable[0]!.reasons[0]).toMatchObject({ kind: 'concern', concern: { id: 'acne-scars', strength: 'strong', importance: 1 } }),
  },
  {
    name: 'volume loss before acne scars: a strong volumiser leads',
    profile: { concerns: ['volume-loss', 'acne-scars'] },
    check: (r) => expect(r.suitable[0]!.reasons[0]).toMatchObject({ kind: 'concern', concern: { id: 'volume-loss', strength: 'strong', importance: 1 } }),
  },
  // glycolic-acid-peel.yaml lists no dynamic-wrinkles concern: safe, but set aside, not ranked.
  {
    name: 'dynamic wrinkles only: a peel is set aside as not addressing the concern',
    profile: { concerns: ['dynamic-wrinkles'] },
    suitable: ['botulinum-toxin-a'],
    check: (r) => expect(groupOf(r, 'glycolic-acid-peel')).toBe('unmatched'),
  },
  {
    name: 'pregnant with dynamic wrinkles: toxin deferred; an unrelated peel set aside with its deferral kept',
    profile: { flags: ['pregnancy-breastfeeding'], concerns: ['dynamic-wrinkles'] },
    deferred: { 'botulinum-toxin-a': 'pregnancy-breastfeeding' },
    check: (r) => {
      expect(groupOf(r, 'glycolic-acid-peel')).toBe('unmatched')
      expect(item(r, 'glycolic-acid-peel').blocks[0]!.contraindication?.id).toBe('pregnancy-breastfeeding')
    },
  },

  // ─── Several conditions at once ────────────────────────────────────────────
  // An exclusion outranks a deferral: phenol is excluded by keloid tendency (keloid-tendency.yaml, iadvl-2008) and
  // its pregnancy deferral is not listed, since it would suggest the peel becomes possible later.
  {
    name: 'keloid tendency and pregnancy: phenol excluded for the keloid only',
    profile: { flags: ['keloid-tendency', 'pregnancy-breastfeeding'] },
    excluded: { 'phenol-croton-oil-peel': 'keloid-tendency' },
    check: (r) => expect(item(r, 'phenol-croton-oil-peel').blocks.map((b) => b.contraindication?.id)).toEqual(['keloid-tendency']),
  },
  // Fitzpatrick V (ablative-erbium-yag-laser.yaml › V very-high/high) and keloid tendency (confluent dermal wound →
  // exclude): both reasons are listed, each an exclusion on its own.
  {
    name: 'Fitzpatrick V with keloid tendency: full-field Er:YAG excluded for both reasons, both listed',
    profile: { fitzpatrick: 'V', flags: ['keloid-tendency'] },
    excluded: { 'ablative-erbium-yag-laser': 'keloid-tendency' },
    check: (r) =>
      expect(
        item(r, 'ablative-erbium-yag-laser')
          .blocks.map((b) => b.contraindication?.id ?? b.rule)
          .sort(),
      ).toEqual(['keloid-tendency', 'skin-type-risk']),
  },
  // Fitzpatrick V + isotretinoin 3 months ago + herpes history on fractional CO2, under "show as a caution":
  // fractional-co2-laser.yaml › V (very-high PIH → high), isotretinoin [ablative] 6/0 → contested-wait (high),
  // herpes-history own caution. All three inline, highest first.
  {
    name: 'Fitzpatrick V, isotretinoin 3 months ago and herpes history, policy “show as a caution”: fractional CO2 keeps all three cautions',
    profile: { fitzpatrick: 'V', flags: ['isotretinoin', 'herpes-history'], endedOn: { isotretinoin: '2026-03-01' } },
    policy: 'caution',
    cautioned: { 'fractional-co2-laser': 'contested-wait' },
    check: (r) => {
      const c = item(r, 'fractional-co2-laser').cautions
      expect(c.map((f) => f.contraindication?.id ?? f.rule).sort()).toEqual(['herpes-history', 'isotretinoin', 'skin-type-risk'])
      expect(c.slice(0, 2).every((f) => f.level === 'high')).toBe(true)
      expect(c[2]!.level).toBe('caution')
    },
  },
  // The same client under the default policy: the most cautious position (6 months) still runs, so CO2 is deferred.
  {
    name: 'Fitzpatrick V, isotretinoin 3 months ago and herpes history, default policy: fractional CO2 deferred 3 months',
    profile: { fitzpatrick: 'V', flags: ['isotretinoin', 'herpes-history'], endedOn: { isotretinoin: '2026-03-01' } },
    deferred: { 'fractional-co2-laser': 'isotretinoin' },
    check: (r) =>
      expect(
        item(r, 'fractional-co2-laser')
          .cautions.map((f) => f.contraindication?.id ?? f.rule)
          .sort(),
      ).toEqual(['herpes-history', 'skin-type-risk']),
  },
  // gold-therapy (laser-toning exclude, picosecond caution), tattoo-in-field and photosensitivity ([light-laser]
  // caution) together: each condition is named once on each laser.
  {
    name: 'gold treatment, tattoo in the field and a photosensitising medicine: picosecond keeps three cautions; toning excluded for gold, its cautions kept',
    profile: { flags: ['gold-therapy', 'tattoo-in-field', 'photosensitivity'] },
    excluded: { 'laser-toning': 'gold-therapy' },
    cautioned: { 'picosecond-laser': 'gold-therapy' },
    check: (r) => {
      expect(
        item(r, 'picosecond-laser')
          .cautions.map((f) => f.contraindication?.id)
          .sort(),
      ).toEqual(['gold-therapy', 'photosensitivity', 'tattoo-in-field'])
      expect(
        item(r, 'laser-toning')
          .cautions.map((f) => f.contraindication?.id)
          .sort(),
      ).toEqual(['photosensitivity', 'tattoo-in-field'])
    },
  },
  // Every condition at once: active-infection.yaml and skin-malignancy.yaml defer every treatment, so nothing is
  // suitable; the exclusions of the single-condition cases still hold (phenol for the heart, toxin for
  // neuromuscular disease, laser toning for gold, Jessner's for salicylate allergy).
  {
    name: 'every condition at once: nothing suitable, each treatment names each condition (unless an exclusion hides a deferral)',
    profile: {},
    check: () => {
      const flags = [...new Set(allTreatments(kb).flatMap((x) => x.treatment.contraindications.map((d) => d.id)))]
      expect(flags.length).toBeGreaterThanOrEqual(24)
      const r = screen({ flags })
      checkInvariants(r)
      expect(r.suitable).toEqual([])
      for (const [slug, id] of [
        ['phenol-croton-oil-peel', 'cardiac-hepatic-renal-disease'],
        ['botulinum-toxin-a', 'neuromuscular-disease'],
        ['laser-toning', 'gold-therapy'],
        ['jessner-peel', 'salicylate-allergy'],
      ])
        expect(item(r, slug!).blocks.map((b) => b.contraindication?.id)).toContain(id)
    },
  },
]

/** The rules a finding may carry for each stance of the matrix. */
const RULES_FOR_STANCE = (policy: ContestedPolicy): Record<string, ScreenRule[]> => ({
  exclude: ['absolute-contraindication'],
  caution: ['relative-contraindication', 'caution-lapsed'],
  none: ['no-known-interaction'],
  defer: ['temporary-contraindication', 'wait-over', ...(policy === 'caution' ? (['contested-wait'] as const) : [])],
})

/** Properties every result must have, whatever the case. */
function checkInvariants(r: ScreeningResult) {
  const groups = [r.suitable, r.unmatched, r.deferred, r.excluded]
  const slugs = groups.flat().map((t) => t.slug)
  expect(new Set(slugs).size).toBe(slugs.length)
  expect(slugs.length).toBe(allTreatments(kb).length)
  const records = new Map(allTreatments(kb).map((x) => [x.treatment.slug, x.treatment]))
  const allowed = RULES_FOR_STANCE(r.policy)
  for (const t of groups.flat()) {
    const row = new Map(records.get(t.slug)!.contraindications.map((d) => [d.id, d]))
    for (const f of [...t.cautions, ...t.blocks]) {
      // The compiled matrix decides every pair, so silence is never passed off as "no data".
      expect(f.rule, `${t.slug}: ${f.contraindication?.id}`).not.toBe('no-data')
      if (f.contraindication) {
        const cell = row.get(f.contraindication.id)!
        // Each finding shows the matrix cell: its stance, its source and exactly its references.
        expect(f.contraindication.stance).toBe(cell.stance)
        expect(f.contraindication.source).toBe(cell.source)
        expect(f.refs).toEqual(cell.refs)
        expect(allowed[cell.stance], `${t.slug} × ${cell.id}: ${cell.stance} → ${f.rule}`).toContain(f.rule)
        // A caution lapses only for a dated condition given a date further back than the longest wait any row gives it.
        if (f.rule === 'caution-lapsed') {
          const longest = Math.max(...[...records.values()].flatMap((x) => x.contraindications.filter((d) => d.id === cell.id).map((d) => d.waitMonths ?? 0)))
          expect(f.wait).toEqual({ months: longest, since: r.profile.endedOn?.[cell.id], until: addMonths(r.profile.endedOn![cell.id]!, longest) })
          expect(f.wait!.until! <= r.today).toBe(true)
        }
      }
      for (const id of [...f.refs, ...(f.conflict?.positions.flatMap((p) => p.refs) ?? [])]) expect(r.references[id]?.id).toBe(id)
    }
    // Every condition the client has is named for every treatment, once; an excluded treatment may leave out a
    // deferral only (a deferral would suggest it becomes possible later).
    for (const flag of r.profile.flags) {
      const named = [...t.cautions, ...t.blocks].filter((f) => f.contraindication?.id === flag)
      const cell = row.get(flag)
      expect(cell, `${t.slug} × ${flag} is decided`).toBeDefined()
      if (r.excluded.includes(t) && cell!.stance === 'defer') expect(named.length, `${t.slug} × ${flag}`).toBeLessThanOrEqual(1)
      else expect(named, `${t.slug} names ${flag}`).toHaveLength(1)
    }
  }
  for (const t of r.excluded) expect(t.blocks.length).toBeGreaterThan(0)
  for (const t of r.deferred) expect(t.blocks.every((b) => b.rule === 'temporary-contraindication')).toBe(true)
  for (const t of r.suitable) expect(t.blocks).toEqual([])
  for (let i = 1; i < r.suitable.length; i++) expect(r.suitable[i - 1]!.score).toBeGreaterThanOrEqual(r.suitable[i]!.score)
}

describe('screenCandidate on the real knowledge base', () => {
  it('has at least 60 candidate cases', () => expect(cases.length).toBeGreaterThanOrEqual(60))

  it('covers every condition of the knowledge base in at least one case', () => {
    const flagged = new Set(cases.flatMap((c) => c.profile.flags ?? []))
    const conditions = new Set(allTreatments(kb).flatMap((x) => x.treatment.contraindications.map((d) => d.id)))
    expect([...conditions].filter((id) => !flagged.has(id))).toEqual([])
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = screen(c.profile, c.policy)
    expect(r.policy).toBe(c.policy ?? 'cautious')
    checkInvariants(r)
    for (const [slug, cause] of Object.entries(c.excluded ?? {})) {
      expect(groupOf(r, slug), `${slug} excluded`).toBe('excluded')
      expect(
        item(r, slug).blocks.some((b) => matches(b, cause)),
        `${slug} excluded by ${cause}`,
      ).toBe(true)
    }
    for (const [slug, cause] of Object.entries(c.deferred ?? {})) {
      expect(['deferred', 'unmatched'], `${slug} deferred`).toContain(groupOf(r, slug))
      expect(
        item(r, slug).blocks.some((b) => b.rule === 'temporary-contraindication' && matches(b, cause)),
        `${slug} deferred by ${cause}`,
      ).toBe(true)
    }
    for (const [slug, want] of Object.entries(c.cautioned ?? {})) {
      const [cause, level] = Array.isArray(want) ? want : [want, undefined]
      expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
      const found = item(r, slug).cautions.find((f) => matches(f, cause) && (f.level === 'caution' || f.level === 'high'))
      expect(found, `${slug} cautioned for ${cause}`).toBeDefined()
      if (level) expect(found!.level, `${slug} ${cause} level`).toBe(level)
    }
    for (const [slug, condition] of Object.entries(c.noted ?? {})) {
      expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
      const f = finding(r, slug, condition)
      expect([f.rule, f.level], `${slug} × ${condition} noted as no known interaction`).toEqual(['no-known-interaction', 'info'])
    }
    for (const [slug, condition] of Object.entries(c.waitOver ?? {})) {
      expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
      const f = finding(r, slug, condition)
      expect([f.rule, f.level], `${slug} × ${condition} wait over`).toEqual(['wait-over', 'info'])
      expect(f.wait!.until! <= r.today, `${slug} wait ended by today`).toBe(true)
    }
    for (const [slug, condition] of Object.entries(c.lapsed ?? {})) {
      expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
      const f = finding(r, slug, condition)
      expect([f.rule, f.level], `${slug} × ${condition} no longer current`).toEqual(['caution-lapsed', 'info'])
      expect(f.wait!.until! <= r.today, `${slug} caution ended by today`).toBe(true)
    }
    for (const slug of c.suitable ?? []) expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
    c.check?.(r)
  })
})

describe('screenCandidate: policy, determinism and bad input', () => {
  it('gives the same result for the same profile and day, whatever the order of the flags', () => {
    const a = screen({ flags: ['keloid-tendency', 'isotretinoin', 'herpes-history'], fitzpatrick: 'IV', concerns: ['acne-scars'] })
    const b = screen({ flags: ['herpes-history', 'keloid-tendency', 'isotretinoin'], fitzpatrick: 'IV', concerns: ['acne-scars'] })
    expect({ ...b, profile: a.profile }).toEqual(a)
  })

  it('follows the most cautious position unless told otherwise, and says which policy it followed', () => {
    const p = { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-03-01' } }
    expect(screen(p)).toEqual(screen(p, 'cautious'))
    expect(groupOf(screen(p, 'cautious'), 'tca-peel-superficial')).toBe('deferred')
    expect(groupOf(screen(p, 'caution'), 'tca-peel-superficial')).toBe('suitable')
    expect(screen(p, 'caution').policy).toBe('caution')
  })

  it('counts the remaining wait from the day it is given, not from the clock', () => {
    const p = { ...BASE, flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-03-01' } }
    const wait = (today: string) => screenCandidate(kb, p, today).deferred.find((t) => t.slug === 'dermabrasion')!.blocks[0]!.wait!.remaining
    expect(wait('2026-06-01')).toEqual({ months: 9, days: 0 })
    expect(wait('2027-02-17')).toEqual({ months: 0, days: 12 })
  })

  it.each([
    ['an unknown condition', { flags: ['vampirism'] }, /no condition "vampirism"/],
    ['an unknown concern', { concerns: ['ear-size'] }, /no concern "ear-size"/],
    ['a last dose after today', { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-07-01' } }, /after today/],
    ['an impossible date', { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-02-30' } }, /not a real date/],
    ['a date for a condition the handbook does not have', { endedOn: { vampirism: '2026-01-01' } }, /no condition "vampirism"/],
    // pregnancy-breastfeeding.yaml has no `dated` block: it counts as current while the client has it.
    ['a date for an undated condition', { flags: ['pregnancy-breastfeeding'], endedOn: { 'pregnancy-breastfeeding': '2026-01-01' } }, /has no date to give/],
    ['a sunburn dated after today', { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-06-02' } }, /after today/],
  ])('refuses %s with a clear BAD_ARGUMENTS error', (_name, p, message) => {
    expect(() => screen(p as Partial<CandidateProfile>)).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS', message: expect.stringMatching(message) }))
  })

  it('names the condition in the message when a date is given for an undated one', () => {
    expect(() => screen({ flags: ['keloid-tendency'], endedOn: { 'keloid-tendency': '2026-01-01' } })).toThrow(/Tendency to keloid/)
  })

  it('refuses a today that is not a date', () => {
    expect(() => screenCandidate(kb, BASE, '2026-13-01')).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS' }))
  })
})
