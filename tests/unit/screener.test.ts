// The candidate screener against the REAL knowledge base (resources/handbook.db,
// built by `npm run kb`). Each case's expectations are read from the content
// files; the comment above each case names the file and reference behind it.
// Expectations list the treatments that must land in a group (a subset), so a
// treatment added to the content later does not break a case it has no part in.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CandidateProfile } from '../../src-main/api/screener-profile'
import type { Finding, ScreenedTreatment, ScreeningResult } from '../../src-main/api/screener-types'
import { allTreatments } from '../../src-main/core/catalog'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { screenCandidate } from '../../src-main/core/screener'

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

interface Case {
  name: string
  profile: Partial<CandidateProfile>
  excluded?: Expect
  deferred?: Expect
  /** Suitable, carrying a caution with this cause (optionally at this level). */
  cautioned?: Record<string, Cause | [Cause, Finding['level']]>
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
const screen = (p: Partial<CandidateProfile>) => screenCandidate(kb, { ...BASE, ...p }, TODAY)

const cases: Case[] = [
  // Every contraindication in treatments/*.yaml is conditional on a flag; with none set,
  // and every Fitzpatrick II rating at most "moderate", nothing can be excluded or deferred.
  {
    name: 'a healthy Fitzpatrick II client with no limits: nothing excluded or deferred',
    profile: {},
    check: (r) => {
      expect(r.excluded).toEqual([])
      expect(r.deferred).toEqual([])
      expect(r.suitable).toHaveLength(allTreatments(kb).length)
    },
  },
  // contraindications.yaml › pregnancy-breastfeeding: "Pregnancy is a temporary state, so the usual
  // approach is deferral of elective treatment rather than exclusion" (trivedi-2017, dermatolsurg-2013).
  // botulinum-toxin-a.yaml: absolute, temporary (allergan-botox-important-safety-information);
  // the peels list it as relative, temporary (bozzo-2011, trivedi-2017, iadvl-2008).
  {
    name: 'pregnant: botulinum toxin, fillers and every chemical peel deferred, with the sources’ conflict',
    profile: { flags: ['pregnancy-breastfeeding'] },
    deferred: {
      'botulinum-toxin-a': 'pregnancy-breastfeeding',
      'hyaluronic-acid-filler': 'pregnancy-breastfeeding',
      'glycolic-acid-peel': 'pregnancy-breastfeeding',
      'salicylic-acid-peel': 'pregnancy-breastfeeding',
      'tca-peel-superficial': 'pregnancy-breastfeeding',
      'tca-peel-medium': 'pregnancy-breastfeeding',
      'phenol-croton-oil-peel': 'pregnancy-breastfeeding',
      'jessner-peel': 'pregnancy-breastfeeding',
    },
    check: (r) => {
      const block = item(r, 'botulinum-toxin-a').blocks[0]!
      expect(block.conflict?.positions.length).toBeGreaterThanOrEqual(2)
      const cited = block.conflict!.positions.flatMap((p) => p.refs)
      expect(cited).toEqual(expect.arrayContaining(['trivedi-2017-cosmetic-procedures-pregnancy', 'dermatolsurg-2013-cosmetic-procedures-pregnancy']))
      expect(r.references['trivedi-2017-cosmetic-procedures-pregnancy']?.citation).toMatch(/Trivedi/)
      for (const t of r.suitable) expect(t.category).not.toBe('peel')
    },
  },
  // ablative-erbium-yag-laser.yaml › fitzpatrick.V: very-high PIH, moderate scarring, "Light or fractional
  // passes only, with priming"; fractional-co2-laser.yaml › V likewise ("Only with long-pulse, low-fluence…").
  // phenol-croton-oil-peel.yaml › V: "Deep peels should be avoided"; dermabrasion.yaml › V: "Full-face
  // dermabrasion is generally avoided"; tca-peel-medium.yaml › V: "superficial peels are usually preferred".
  {
    name: 'Fitzpatrick V: ablative resurfacing kept with a high pigmentation caution, deep resurfacing excluded',
    profile: { fitzpatrick: 'V' },
    cautioned: {
      'ablative-erbium-yag-laser': ['skin-type-risk', 'high'],
      'fractional-co2-laser': ['skin-type-risk', 'high'],
      'salicylic-acid-peel': ['skin-type-risk', 'caution'],
    },
    excluded: { 'phenol-croton-oil-peel': 'skin-type-risk', dermabrasion: 'skin-type-risk', 'tca-peel-medium': 'skin-type-risk' },
    check: (r) => {
      const c = item(r, 'ablative-erbium-yag-laser').cautions.find((f) => f.rule === 'skin-type-risk')!
      expect(c.skinType).toEqual({ type: 'V', pih: 'very-high', scarring: 'moderate' })
      expect(c.note).toMatch(/priming/)
    },
  },
  // VI ratings: ablative-erbium (very-high/high, "non-ablative options are generally safer"), fractional-co2
  // (very-high/high), ipl (very-high/high, "Generally avoided for photorejuvenation") → excluded.
  // dual-wavelength-laser VI very-high/moderate, laser-toning and picosecond-laser VI high/low → caution.
  // botulinum-toxin-a, hifu, calcium-hydroxylapatite VI low/low (intramuscular / surface spared).
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
  // dermabrasion IV high/moderate ("consider focal treatment"), ipl IV high/moderate → high caution.
  {
    name: 'Fitzpatrick IV: phenol peel excluded, dermabrasion and IPL with a high caution',
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
  // Keloid tendency: absolute in phenol-croton-oil-peel and tca-peel-medium (iadvl-2008-chemical-peel-guidelines),
  // dermabrasion (bharti-2018, mayo-2015) and poly-l-lactic-acid (label); relative in the lasers and needling
  // ("test-patch, lower density" — statpearls-hypertrophic-scars-keloids).
  {
    name: 'keloid tendency: deep peels, dermabrasion and PLLA excluded; ablative lasers and needling cautioned',
    profile: { flags: ['keloid-tendency'] },
    excluded: {
      'phenol-croton-oil-peel': 'keloid-tendency',
      'tca-peel-medium': 'keloid-tendency',
      dermabrasion: 'keloid-tendency',
      'poly-l-lactic-acid': 'keloid-tendency',
    },
    cautioned: {
      'ablative-erbium-yag-laser': 'keloid-tendency',
      'fractional-co2-laser': 'keloid-tendency',
      dermapen: 'keloid-tendency',
      dermaroller: 'keloid-tendency',
      'rf-microneedling': 'keloid-tendency',
      'tca-peel-superficial': 'keloid-tendency',
    },
    check: (r) => {
      const ex = item(r, 'phenol-croton-oil-peel').blocks.find((b) => b.contraindication?.id === 'keloid-tendency')!
      expect(ex.rule).toBe('absolute-contraindication')
      expect(ex.refs).toContain('iadvl-2008-chemical-peel-guidelines')
    },
  },
  // Active infection or herpes outbreak: absolute, temporary in the peels (iadvl-2008), lasers
  // (mayo-clinic-laser-resurfacing-risks), needling (aestheticshq-skinpen-contraindications) and
  // injectables (allergan label); contraindications.yaml: "defer until the infection has resolved".
  // Light and pigment lasers, absolute and temporary as well: ipl.yaml (tucsonlaser-ipl-who-should-not-be-treated,
  // remington-ilight-pro-when-not-to-use), laser-toning.yaml and long-pulsed-nd-yag-1064.yaml
  // (dralexchambers-laser-skin-contraindications, allureplastic-laser-contraindications), picosecond-laser.yaml
  // (belislaser-who-should-not-do-pico-laser, lumiclinic-pico-not-suitable), thulium-1927-laser.yaml
  // (mayo-clinic-laser-resurfacing-risks, belislaser-fractional-laser-contraindications).
  {
    name: 'active herpes outbreak: peels, resurfacing and light-based lasers, IPL, needling and injections deferred',
    profile: { flags: ['active-infection'] },
    deferred: {
      ipl: 'active-infection',
      'laser-toning': 'active-infection',
      'long-pulsed-nd-yag-1064': 'active-infection',
      'picosecond-laser': 'active-infection',
      'thulium-1927-laser': 'active-infection',
      'glycolic-acid-peel': 'active-infection',
      'salicylic-acid-peel': 'active-infection',
      'tca-peel-superficial': 'active-infection',
      'phenol-croton-oil-peel': 'active-infection',
      'ablative-erbium-yag-laser': 'active-infection',
      'fractional-co2-laser': 'active-infection',
      'non-ablative-fractional-1550': 'active-infection',
      dermapen: 'active-infection',
      dermaroller: 'active-infection',
      'rf-microneedling': 'active-infection',
      'botulinum-toxin-a': 'active-infection',
      'hyaluronic-acid-filler': 'active-infection',
    },
    check: (r) => expect(item(r, 'dermapen').blocks[0]!.wait).toBeUndefined(),
  },
  // herpes-history is relative everywhere (antiviral prophylaxis: dermatolsurg-2000-valacyclovir-resurfacing-rct)
  // and its record carries a conflict on who needs prophylaxis (young-2010, newcastle-2025).
  {
    name: 'herpes history: resurfacing kept with an antiviral caution that shows the prophylaxis conflict',
    profile: { flags: ['herpes-history'] },
    cautioned: {
      // Antiviral prophylaxis before laser work on a site with past herpes: picosecond-laser.yaml and
      // laser-toning.yaml (stepshealth-laser-treatment-contraindications, newcastle-2025-hsv-laser-protocol).
      'picosecond-laser': 'herpes-history',
      'laser-toning': 'herpes-history',
      'fractional-co2-laser': 'herpes-history',
      'ablative-erbium-yag-laser': 'herpes-history',
      dermabrasion: 'herpes-history',
      'tca-peel-medium': 'herpes-history',
      'phenol-croton-oil-peel': 'herpes-history',
    },
    check: (r) => {
      const c = item(r, 'fractional-co2-laser').cautions.find((f) => f.contraindication?.id === 'herpes-history')!
      expect(c.conflict?.summary).toMatch(/prophylaxis/)
      expect(c.refs).toContain('dermatolsurg-2000-valacyclovir-resurfacing-rct')
    },
  },
  // contraindications.yaml › isotretinoin: the conservative 6-month wait (waldman-2017, spring-2017 JAMA) vs the
  // 2017 consensus that no delay is needed for superficial peels and non-ablative or fractional ablative lasers,
  // "still advising against mechanical dermabrasion and full-face fully ablative resurfacing within 6 months".
  // Superficial peels and fractional lasers carry minWaitMonths 0; ablative erbium and dermabrasion do not.
  {
    name: 'last isotretinoin 3 months ago: ablative resurfacing and dermabrasion deferred 3 months with the conflict; superficial peels allowed with caution',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-03-01' } },
    deferred: {
      'ablative-erbium-yag-laser': 'isotretinoin',
      dermabrasion: 'isotretinoin',
      'tca-peel-medium': 'isotretinoin',
      'phenol-croton-oil-peel': 'isotretinoin',
      'monopolar-radiofrequency': 'isotretinoin',
    },
    cautioned: {
      'tca-peel-superficial': ['contested-wait', 'high'],
      'glycolic-acid-peel': 'contested-wait',
      'salicylic-acid-peel': 'contested-wait',
      'aha-peel-low': 'contested-wait',
      'fractional-co2-laser': 'contested-wait',
      'non-ablative-fractional-1550': 'contested-wait',
    },
    check: (r) => {
      for (const slug of ['ablative-erbium-yag-laser', 'dermabrasion']) {
        const d = item(r, slug).blocks.find((b) => b.contraindication?.id === 'isotretinoin')!
        expect(d.wait).toMatchObject({ months: 6, since: '2026-03-01', until: '2026-09-01', remaining: { months: 3, days: 0 } })
        expect(d.conflict?.positions.length).toBeGreaterThanOrEqual(2)
        expect(d.refs).toContain('spring-2017-isotretinoin-procedures-jama')
      }
      // monopolar-radiofrequency.yaml: one RF device asks for 12 months.
      expect(item(r, 'monopolar-radiofrequency').blocks[0]!.wait?.remaining).toEqual({ months: 9, days: 0 })
      const peel = item(r, 'tca-peel-superficial').cautions.find((c) => c.rule === 'contested-wait')!
      expect(peel.wait).toMatchObject({ months: 6, minMonths: 0, until: '2026-09-01', remaining: { months: 3, days: 0 } })
      expect(peel.conflict?.positions.flatMap((p) => p.refs)).toContain('chandrashekar-2021-superficial-peels-isotretinoin')
    },
  },
  // Same sources; without a date the client is taken to be still on the drug. The 2017 consensus position
  // covers patients "on or recently off isotretinoin", hence minWaitMonths 0 still allows the superficial peel.
  {
    name: 'isotretinoin, date of last dose not given: ablative erbium deferred without a countdown; superficial peel cautioned',
    profile: { flags: ['isotretinoin'] },
    deferred: { 'ablative-erbium-yag-laser': 'isotretinoin', dermabrasion: 'isotretinoin' },
    cautioned: { 'tca-peel-superficial': 'contested-wait' },
    check: (r) => {
      const w = item(r, 'ablative-erbium-yag-laser').blocks[0]!.wait!
      expect(w.months).toBe(6)
      expect(w.until).toBeUndefined()
      expect(w.remaining).toBeUndefined()
    },
  },
  // 7 months after the last dose the conservative 6-month wait has passed; monopolar RF's 12 months
  // (tempsure-firm-contraindications-clinic) still has 5 to go.
  {
    name: 'last isotretinoin 7 months ago: the 6-month waits are over and shown as such; 12-month RF still deferred',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-11-01' } },
    cautioned: { 'ablative-erbium-yag-laser': ['wait-over', 'info'], dermabrasion: ['wait-over', 'info'], 'tca-peel-superficial': 'wait-over' },
    deferred: { 'monopolar-radiofrequency': 'isotretinoin' },
    check: (r) => expect(item(r, 'monopolar-radiofrequency').blocks[0]!.wait).toMatchObject({ until: '2026-11-01', remaining: { months: 5, days: 0 } }),
  },
  {
    name: 'last isotretinoin 13 months ago: no isotretinoin deferral anywhere',
    profile: { flags: ['isotretinoin'], endedOn: { isotretinoin: '2025-05-01' } },
    check: (r) => expect(r.deferred).toEqual([]),
  },
  // prp.yaml and prp-with-stem-cells.yaml: "Platelet dysfunction syndromes and critical thrombocytopenia are
  // absolute contraindications" (yes-prp-contraindications); elsewhere bruising risk, relative (hamman-goldman-2013).
  {
    name: 'anticoagulants or bleeding disorder: PRP excluded, injections and needling cautioned',
    profile: { flags: ['anticoagulants-bleeding'] },
    excluded: { prp: 'anticoagulants-bleeding', 'prp-with-stem-cells': 'anticoagulants-bleeding' },
    cautioned: {
      'botulinum-toxin-a': 'anticoagulants-bleeding',
      'hyaluronic-acid-filler': 'anticoagulants-bleeding',
      'calcium-hydroxylapatite': 'anticoagulants-bleeding',
      dermapen: 'anticoagulants-bleeding',
    },
    check: (r) => expect(item(r, 'prp').blocks[0]!.refs).toContain('yes-prp-contraindications'),
  },
  // Product allergy: absolute in every injectable's labelling (allergan label, chirurgia-plastica filler list),
  // in the needling devices (stainless steel, anaesthetic) and in Jessner's (resorcinol, salicylates).
  {
    name: 'known product allergy: toxin, fillers, boosters, needling devices and Jessner peel excluded',
    profile: { flags: ['product-allergy'] },
    excluded: {
      'botulinum-toxin-a': 'product-allergy',
      'hyaluronic-acid-filler': 'product-allergy',
      'calcium-hydroxylapatite': 'product-allergy',
      'poly-l-lactic-acid': 'product-allergy',
      polynucleotides: 'product-allergy',
      'skin-boosters': 'product-allergy',
      mesotherapy: 'product-allergy',
      dermapen: 'product-allergy',
      dermaroller: 'product-allergy',
      'jessner-peel': 'product-allergy',
    },
    suitable: ['glycolic-acid-peel', 'fractional-co2-laser'],
  },
  // botulinum-toxin-a.yaml: neuromuscular disease absolute (allergan-botox-important-safety-information,
  // jcn-2022-myasthenia-gravis-botulinum); hifu/microfocused-ultrasound: "not evaluated in Bell's palsy" (relative).
  // The peels do not list it, so a peel is untouched.
  {
    name: 'neuromuscular disease: botulinum toxin excluded, focused ultrasound cautioned, peels untouched',
    profile: { flags: ['neuromuscular-disease'] },
    excluded: { 'botulinum-toxin-a': 'neuromuscular-disease' },
    cautioned: { hifu: 'neuromuscular-disease', 'microfocused-ultrasound': 'neuromuscular-disease' },
    suitable: ['glycolic-acid-peel'],
    check: (r) => {
      expect(item(r, 'glycolic-acid-peel').cautions).toEqual([])
      expect(item(r, 'botulinum-toxin-a').blocks[0]!.refs).toContain('allergan-botox-important-safety-information')
    },
  },
  // implanted-device: absolute for every radiofrequency and focused-ultrasound device
  // (beinart-nazarian-2013-emi-cardiac-devices; hifu-device-manual-sr-af1313; ultherapy-au-safety-information).
  {
    name: 'implanted electronic device: radiofrequency and focused-ultrasound devices excluded',
    profile: { flags: ['implanted-device'] },
    excluded: {
      'bipolar-radiofrequency': 'implanted-device',
      'fractional-radiofrequency': 'implanted-device',
      'monopolar-radiofrequency': 'implanted-device',
      'rf-microneedling': 'implanted-device',
      hifu: 'implanted-device',
      'microfocused-ultrasound': 'implanted-device',
    },
    suitable: ['botulinum-toxin-a', 'glycolic-acid-peel'],
  },
  // recent-tan-sunburn: relative, temporary; ipl: "wait until the tan fades" (uqu-ipl-devices-skin-types,
  // manuskiatti-2013); the RF devices give waitMonths 0.5, "about two weeks" (inmode-optimas-manual-contraindications).
  {
    name: 'recent tan, date not given: light-based treatments, resurfacing and peels deferred',
    profile: { flags: ['recent-tan-sunburn'] },
    deferred: {
      ipl: 'recent-tan-sunburn',
      'picosecond-laser': 'recent-tan-sunburn',
      'thulium-1927-laser': 'recent-tan-sunburn',
      'laser-toning': 'recent-tan-sunburn',
      'fractional-co2-laser': 'recent-tan-sunburn',
      'glycolic-acid-peel': 'recent-tan-sunburn',
      'bipolar-radiofrequency': 'recent-tan-sunburn',
    },
  },
  {
    name: 'tan 3 weeks ago: the RF devices’ two-week wait is over, IPL still waits for the tan to fade',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-11' } },
    cautioned: { 'bipolar-radiofrequency': 'wait-over', 'fractional-radiofrequency': 'wait-over', 'rf-microneedling': 'wait-over' },
    deferred: { ipl: 'recent-tan-sunburn', 'picosecond-laser': 'recent-tan-sunburn' },
  },
  {
    name: 'tan 10 days ago: bipolar RF deferred with 5 days to go',
    profile: { flags: ['recent-tan-sunburn'], endedOn: { 'recent-tan-sunburn': '2026-05-22' } },
    deferred: { 'bipolar-radiofrequency': 'recent-tan-sunburn' },
    check: (r) =>
      expect(item(r, 'bipolar-radiofrequency').blocks[0]!.wait).toMatchObject({ months: 0.5, until: '2026-06-06', remaining: { months: 0, days: 5 } }),
  },
  // active-acne-dermatitis: absolute, temporary in hifu/MFU ("severe or cystic acne", hifu-device-manual) and the
  // HA injectables/PLLA (label); relative, temporary in peels ("defer over dermatitis", iadvl-2008) and needling.
  {
    name: 'active acne or dermatitis at the site: focused ultrasound, fillers, peels and needling deferred',
    profile: { flags: ['active-acne-dermatitis'] },
    deferred: {
      hifu: 'active-acne-dermatitis',
      'microfocused-ultrasound': 'active-acne-dermatitis',
      'hyaluronic-acid-filler': 'active-acne-dermatitis',
      'skin-boosters': 'active-acne-dermatitis',
      'poly-l-lactic-acid': 'active-acne-dermatitis',
      'salicylic-acid-peel': 'active-acne-dermatitis',
      'glycolic-acid-peel': 'active-acne-dermatitis',
      dermapen: 'active-acne-dermatitis',
    },
    suitable: ['botulinum-toxin-a'],
  },
  // autoimmune-disease is relative in every treatment that lists it (karampinis-2024-laser-koebner,
  // archdermres-2023-laser-ipl-vitiligo-survey, owczarczyk-2021): weigh activity with the specialist.
  {
    name: 'autoimmune or connective-tissue disease: RF, IPL, laser toning and fillers cautioned, none excluded',
    profile: { flags: ['autoimmune-disease'] },
    cautioned: {
      'bipolar-radiofrequency': 'autoimmune-disease',
      'monopolar-radiofrequency': 'autoimmune-disease',
      ipl: 'autoimmune-disease',
      'laser-toning': 'autoimmune-disease',
      'hyaluronic-acid-filler': 'autoimmune-disease',
      dermabrasion: 'autoimmune-disease',
    },
    check: (r) => expect(r.excluded).toEqual([]),
  },
  // skin-malignancy: absolute for pigment lasers and IPL ("laser can obscure melanoma", delker-2016) and for
  // needling over skin cancer (aestheticshq-skinpen); relative for PRP (yes-prp-contraindications).
  {
    name: 'suspicious lesion at the site: pigment lasers, IPL and needling excluded, PRP cautioned',
    profile: { flags: ['skin-malignancy'] },
    excluded: {
      ipl: 'skin-malignancy',
      'picosecond-laser': 'skin-malignancy',
      'laser-toning': 'skin-malignancy',
      'thulium-1927-laser': 'skin-malignancy',
      dermapen: 'skin-malignancy',
      'rf-microneedling': 'skin-malignancy',
    },
    cautioned: { prp: 'skin-malignancy', 'prp-with-stem-cells': 'skin-malignancy' },
  },
  // impaired-healing: relative (skindiseasecare-deep-peel-patient-selection; starkman-mangat-2019 for phenol).
  {
    name: 'conditions that impair healing: deep peels, dermabrasion and RF cautioned',
    profile: { flags: ['impaired-healing'] },
    cautioned: {
      'phenol-croton-oil-peel': 'impaired-healing',
      'tca-peel-medium': 'impaired-healing',
      dermabrasion: 'impaired-healing',
      'monopolar-radiofrequency': 'impaired-healing',
      prp: 'impaired-healing',
    },
  },
  // photosensitivity: relative, and its record holds the BMLA-vs-evidence-review conflict (kerstein-2014).
  {
    name: 'photosensitising medicine: light devices and peels cautioned with the conflict shown',
    profile: { flags: ['photosensitivity'] },
    cautioned: {
      ipl: 'photosensitivity',
      'picosecond-laser': 'photosensitivity',
      'led-photobiomodulation': 'photosensitivity',
      'glycolic-acid-peel': 'photosensitivity',
    },
    check: (r) => expect(item(r, 'ipl').cautions[0]!.conflict?.positions.flatMap((p) => p.refs)).toContain('kerstein-2014-laser-photosensitive-medication'),
  },
  // unrealistic-expectations: relative (joseph-2017-bdd-facial-plastic-screening; bertossi-2018 for threads).
  {
    name: 'unrealistic expectations: threads, fillers and tightening devices cautioned',
    profile: { flags: ['unrealistic-expectations'] },
    cautioned: {
      'pdo-threads': 'unrealistic-expectations',
      'hyaluronic-acid-filler': 'unrealistic-expectations',
      hifu: 'unrealistic-expectations',
      'adipose-derived-stem-cells': 'unrealistic-expectations',
    },
  },
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
  // volume-loss is strong only in hyaluronic-acid-filler, calcium-hydroxylapatite and poly-l-lactic-acid
  // (moderate in prp-with-stem-cells and adipose-derived-stem-cells); all fit age 55, Glogau III.
  {
    name: 'volume loss, age 55, Glogau III: the three volumising fillers rank first',
    profile: { age: 55, glogau: 3, concerns: ['volume-loss'] },
    check: (r) => {
      expect(r.suitable.slice(0, 3).map((t) => t.slug).sort()).toEqual(['calcium-hydroxylapatite', 'hyaluronic-acid-filler', 'poly-l-lactic-acid'])
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
  // An exclusion outranks a deferral: phenol is excluded by keloid tendency (iadvl-2008) and its
  // pregnancy deferral is not listed, since it would suggest the peel becomes possible later.
  {
    name: 'keloid tendency and pregnancy: phenol excluded for the keloid only',
    profile: { flags: ['keloid-tendency', 'pregnancy-breastfeeding'] },
    excluded: { 'phenol-croton-oil-peel': 'keloid-tendency' },
    check: (r) => expect(item(r, 'phenol-croton-oil-peel').blocks.map((b) => b.contraindication?.id)).toEqual(['keloid-tendency']),
  },
  // Fitzpatrick V + isotretinoin 3 months ago + herpes history on fractional CO2: all three cautions inline
  // (fitzpatrick.V very-high PIH; isotretinoin minWaitMonths 0; herpes-history relative), highest first.
  {
    name: 'Fitzpatrick V, isotretinoin 3 months ago and herpes history: fractional CO2 keeps all three cautions',
    profile: { fitzpatrick: 'V', flags: ['isotretinoin', 'herpes-history'], endedOn: { isotretinoin: '2026-03-01' } },
    cautioned: { 'fractional-co2-laser': 'contested-wait' },
    check: (r) => {
      const c = item(r, 'fractional-co2-laser').cautions
      expect(c.map((f) => f.contraindication?.id ?? f.rule).sort()).toEqual(['herpes-history', 'isotretinoin', 'skin-type-risk'])
      expect(c.slice(0, 2).every((f) => f.level === 'high')).toBe(true)
      expect(c[2]!.level).toBe('caution')
    },
  },
]

/** Properties every result must have, whatever the case. */
function checkInvariants(r: ScreeningResult) {
  const groups = [r.suitable, r.unmatched, r.deferred, r.excluded]
  const slugs = groups.flat().map((t) => t.slug)
  expect(new Set(slugs).size).toBe(slugs.length)
  expect(slugs.length).toBe(allTreatments(kb).length)
  const records = new Map(allTreatments(kb).map((x) => [x.treatment.slug, x.treatment]))
  for (const t of groups.flat()) {
    for (const f of [...t.cautions, ...t.blocks]) {
      // Each finding from a contraindication carries exactly the references of the treatment's entry.
      if (f.contraindication) expect(f.refs).toEqual(records.get(t.slug)!.contraindications.find((c) => c.id === f.contraindication!.id)!.refs)
      for (const id of [...f.refs, ...(f.conflict?.positions.flatMap((p) => p.refs) ?? [])]) expect(r.references[id]?.id).toBe(id)
    }
  }
  for (const t of r.excluded) expect(t.blocks.length).toBeGreaterThan(0)
  for (const t of r.deferred) expect(t.blocks.every((b) => b.rule === 'temporary-contraindication')).toBe(true)
  for (const t of r.suitable) expect(t.blocks).toEqual([])
  for (let i = 1; i < r.suitable.length; i++) expect(r.suitable[i - 1]!.score).toBeGreaterThanOrEqual(r.suitable[i]!.score)
}

describe('screenCandidate on the real knowledge base', () => {
  it('has at least 30 candidate cases', () => expect(cases.length).toBeGreaterThanOrEqual(30))

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = screen(c.profile)
    checkInvariants(r)
    for (const [slug, cause] of Object.entries(c.excluded ?? {})) {
      expect(groupOf(r, slug), `${slug} excluded`).toBe('excluded')
      expect(item(r, slug).blocks.some((b) => matches(b, cause)), `${slug} excluded by ${cause}`).toBe(true)
    }
    for (const [slug, cause] of Object.entries(c.deferred ?? {})) {
      expect(['deferred', 'unmatched'], `${slug} deferred`).toContain(groupOf(r, slug))
      expect(item(r, slug).blocks.some((b) => matches(b, cause)), `${slug} deferred by ${cause}`).toBe(true)
    }
    for (const [slug, want] of Object.entries(c.cautioned ?? {})) {
      const [cause, level] = Array.isArray(want) ? want : [want, undefined]
      expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
      const found = item(r, slug).cautions.find((f) => matches(f, cause))
      expect(found, `${slug} cautioned for ${cause}`).toBeDefined()
      if (level) expect(found!.level, `${slug} ${cause} level`).toBe(level)
    }
    for (const slug of c.suitable ?? []) expect(groupOf(r, slug), `${slug} suitable`).toBe('suitable')
    c.check?.(r)
  })
})

describe('screenCandidate: determinism and bad input', () => {
  it('gives the same result for the same profile and day, whatever the order of the flags', () => {
    const a = screen({ flags: ['keloid-tendency', 'isotretinoin', 'herpes-history'], fitzpatrick: 'IV', concerns: ['acne-scars'] })
    const b = screen({ flags: ['herpes-history', 'keloid-tendency', 'isotretinoin'], fitzpatrick: 'IV', concerns: ['acne-scars'] })
    expect({ ...b, profile: a.profile }).toEqual(a)
  })

  it('counts the remaining wait from the day it is given, not from the clock', () => {
    const p = { ...BASE, flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-03-01' } }
    const wait = (today: string) => screenCandidate(kb, p, today).deferred.find((t) => t.slug === 'dermabrasion')!.blocks[0]!.wait!.remaining
    expect(wait('2026-06-01')).toEqual({ months: 3, days: 0 })
    expect(wait('2026-08-20')).toEqual({ months: 0, days: 12 })
  })

  it.each([
    ['an unknown condition', { flags: ['vampirism'] }, /no condition "vampirism"/],
    ['an unknown concern', { concerns: ['ear-size'] }, /no concern "ear-size"/],
    ['a last dose after today', { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-07-01' } }, /after today/],
    ['an impossible date', { flags: ['isotretinoin'], endedOn: { isotretinoin: '2026-02-30' } }, /not a real date/],
  ])('refuses %s with a clear BAD_ARGUMENTS error', (_name, p, message) => {
    expect(() => screen(p as Partial<CandidateProfile>)).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS', message: expect.stringMatching(message) }))
  })

  it('refuses a today that is not a date', () => {
    expect(() => screenCandidate(kb, BASE, '2026-13-01')).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENTS' }))
  })
})
