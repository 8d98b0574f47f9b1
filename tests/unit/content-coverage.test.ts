import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileKnowledgeBase } from '../../src-main/core/content/compile'
import { loadContent } from '../../src-main/core/content/load-content'
import { CATEGORIES, FITZPATRICK_TYPES, MECHANISM_IDS, RISK_LEVELS, type Treatment } from '../../src-main/core/content/schema'
import { validateContent } from '../../src-main/core/content/validate-content'
import { openKnowledgeBase, type KnowledgeBase } from '../../src-main/core/knowledge-base'
import { search } from '../../src-main/core/search'

// Coverage is judged on the REAL content: these are promises the handbook makes to
// practitioners (every treatment they expect is there, findable and complete).
const CONTENT = resolve(import.meta.dirname, '../../resources/content')
const content = loadContent(CONTENT)
// Each treatment as the knowledge base holds it: its contraindications are the resolved matrix row.
const matrix = validateContent(content)
const bySlug = new Map<string, Treatment>(content.treatments.map((t) => [t.slug, { ...t, contraindications: matrix.get(t.slug)! }]))
const treatment = (slug: string): Treatment => {
  const t = bySlug.get(slug)
  if (!t) throw new Error(`no treatment "${slug}"`)
  return t
}
const contraindication = (t: Treatment, id: string) => t.contraindications.find((c) => c.id === id)

let dir: string
let kb: KnowledgeBase
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handbook-coverage-'))
  compileKnowledgeBase(CONTENT, join(dir, 'handbook.db'))
  kb = openKnowledgeBase(join(dir, 'handbook.db'))
})
afterAll(() => {
  kb?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Lower-case words only, so "Er:YAG" matches "er yag" and "Jessner's" matches "jessner s". */
const words = (s: string) =>
  ` ${s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
/** How many of the first treatment hits a practitioner scans before giving up. */
const TOP = 3

// [phrase as the source article writes it, slug that covers it, what a practitioner types]
const SEED_TREATMENTS: [string, string, string][] = [
  ['diamond dermabrasion', 'microdermabrasion', 'diamond dermabrasion'],
  ['lower concentration fruit acids', 'aha-peel-low', 'fruit acid peel'],
  ['high concentration fruit acids', 'aha-peel-high', 'high-strength fruit acid peel'],
  ['radiofrequency', 'monopolar-radiofrequency', 'radiofrequency'],
  ['high-intensity focused ultrasound (HIFU)', 'hifu', 'HIFU'],
  ['segmented (fractional) lasers', 'non-ablative-fractional-1550', 'fractional laser'],
  ['segmented lasers, as the article spells it', 'non-ablative-fractional-1550', 'segmented laser'],
  ['TCA peels', 'tca-peel-medium', 'TCA peel'],
  ['high-energy segmented lasers', 'fractional-co2-laser', 'high-energy fractional laser'],
  ['segmented radiofrequency', 'fractional-radiofrequency', 'segmented radiofrequency'],
  ['PRP (platelet-rich plasma)', 'prp', 'PRP'],
  ['PRP (platelet-rich plasma), spelled out', 'prp', 'platelet-rich plasma'],
  ['Fractional CO2 Laser', 'fractional-co2-laser', 'fractional CO2'],
  ['Baby Laser (dual wavelength)', 'dual-wavelength-laser', 'baby laser'],
  ['Adipose-Derived Stem Cells (ADSC)', 'adipose-derived-stem-cells', 'ADSC'],
  ['PRP + Stem Cell Combination', 'prp-with-stem-cells', 'PRP and stem cells'],
  ['Dermaroller', 'dermaroller', 'dermaroller'],
  ['Dermapen', 'dermapen', 'dermapen'],
  ['RF Microneedling', 'rf-microneedling', 'RF microneedling'],
  ['Mesotherapy (hydration)', 'mesotherapy', 'mesotherapy'],
  ['Light laser toning', 'laser-toning', 'light laser toning'],
]

// What a practitioner also expects to find, and the words they would type.
const PRACTITIONER_TREATMENTS: [string, string, string][] = [
  ['botulinum toxin type A', 'botulinum-toxin-a', 'botulinum toxin'],
  ['HA filler', 'hyaluronic-acid-filler', 'HA filler'],
  ['PLLA', 'poly-l-lactic-acid', 'PLLA'],
  ['CaHA', 'calcium-hydroxylapatite', 'CaHA'],
  ['skin boosters', 'skin-boosters', 'skin booster'],
  ['IPL', 'ipl', 'IPL'],
  ['Q-switched Nd:YAG toning', 'laser-toning', 'Q-switched Nd:YAG toning'],
  ['picosecond laser', 'picosecond-laser', 'picosecond laser'],
  ['non-ablative fractional 1550 nm', 'non-ablative-fractional-1550', '1550 nm fractional laser'],
  ['ablative Er:YAG', 'ablative-erbium-yag-laser', 'Er:YAG'],
  ['glycolic superficial peel', 'glycolic-acid-peel', 'glycolic peel'],
  ['lactic superficial peel', 'lactic-acid-peel', 'lactic peel'],
  ['mandelic superficial peel', 'mandelic-acid-peel', 'mandelic peel'],
  ['salicylic superficial peel', 'salicylic-acid-peel', 'salicylic acid peel'],
  ["Jessner's", 'jessner-peel', "Jessner's peel"],
  ['TCA at superficial strength', 'tca-peel-superficial', 'superficial TCA peel'],
  ['TCA at medium strength', 'tca-peel-medium', 'medium-depth TCA peel'],
  ['phenol–croton oil deep peel', 'phenol-croton-oil-peel', 'phenol peel'],
  ['surgical dermabrasion', 'dermabrasion', 'surgical dermabrasion'],
  ['monopolar RF', 'monopolar-radiofrequency', 'monopolar RF'],
  ['bipolar RF', 'bipolar-radiofrequency', 'bipolar RF'],
  ['microfocused ultrasound', 'microfocused-ultrasound', 'microfocused ultrasound'],
]

function expectFindable(slug: string, typed: string) {
  const t = treatment(slug)
  const names = words([t.name, ...t.aliases, ...t.brands].join(' | '))
  // Words match from their start, as search does: "fractional laser" finds "fractional lasers".
  expect(names, `"${typed}" should be the name, an alias or a brand of ${slug}`).toContain(words(typed).trimEnd())
  const hits =
    search(kb, typed)
      .groups.find((g) => g.kind === 'treatment')
      ?.hits.map((h) => h.key) ?? []
  expect(hits.slice(0, TOP), `search "${typed}" should list ${slug} among its first ${TOP} treatments`).toContain(slug)
}

describe('coverage of the source articles', () => {
  it.each(SEED_TREATMENTS)('covers "%s" with %s, found by typing the words a practitioner uses', (_, slug, typed) => {
    expectFindable(slug, typed)
  })

  it.each(PRACTITIONER_TREATMENTS)('covers %s with %s, found by typing the words a practitioner uses', (_, slug, typed) => {
    expectFindable(slug, typed)
  })

  it('holds at least 40 treatments and every category', () => {
    expect(content.treatments.length).toBeGreaterThanOrEqual(40)
    for (const category of CATEGORIES)
      expect(
        content.treatments.some((t) => t.category === category),
        `no ${category} treatment`,
      ).toBe(true)
  })

  it('describes all six mechanisms, each the primary mechanism of at least one treatment', () => {
    expect(content.mechanisms.map((m) => m.id).sort()).toEqual([...MECHANISM_IDS].sort())
    for (const id of MECHANISM_IDS)
      expect(
        content.treatments.some((t) => t.mechanisms.some((m) => m.id === id && m.role === 'primary')),
        id,
      ).toBe(true)
  })

  // The first article names examples for each mechanism; the second says every
  // regenerative treatment works by activating fibroblasts.
  it.each([
    ['exfoliation', ['microdermabrasion', 'aha-peel-low']],
    ['tightening', ['aha-peel-high', 'monopolar-radiofrequency', 'hifu', 'non-ablative-fractional-1550']],
    ['leveling', ['tca-peel-medium', 'fractional-co2-laser', 'fractional-radiofrequency']],
    ['ecm-stimulation', ['prp', 'fractional-co2-laser', 'dual-wavelength-laser', 'adipose-derived-stem-cells', 'dermaroller', 'dermapen', 'rf-microneedling']],
    ['volume-restoration', ['hyaluronic-acid-filler', 'calcium-hydroxylapatite']],
    ['muscle-immobilization', ['botulinum-toxin-a']],
  ] as const)('links %s to the treatments the articles give as its examples', (mechanism, slugs) => {
    for (const slug of slugs)
      expect(
        treatment(slug).mechanisms.map((m) => m.id),
        slug,
      ).toContain(mechanism)
  })
})

describe('cross-record integrity of the real content', () => {
  it('passes every cross-record check: ids resolve, depths match their layers, every reference is cited', () => {
    expect(() => validateContent(content)).not.toThrow()
  })

  it('would refuse an uncited reference or a depth that contradicts the layers named', () => {
    const uncited = { id: 'nobody-2026-uncited', citation: 'Nobody. Never cited. 2026.', year: 2026, type: 'textbook' as const }
    expect(() => validateContent({ ...content, references: [...content.references, uncited] })).toThrow(/nobody-2026-uncited › id: reference is never cited/)
    const deeper = content.treatments.map((t) => (t.slug === 'microdermabrasion' ? { ...t, depth: { ...t.depth, maxMm: 1.5 } } : t))
    expect(() => validateContent({ ...content, treatments: deeper })).toThrow(/microdermabrasion › depth\.layers: depth 0–1\.5 mm reaches/)
  })

  it('draws the skin as contiguous layers from the surface, each with its site and sources', () => {
    const layers = [...content.layers].sort((a, b) => a.order - b.order)
    expect(layers.map((l) => l.id)).toEqual(['stratum-corneum', 'epidermis', 'papillary-dermis', 'reticular-dermis', 'subcutaneous-fat', 'smas-muscle'])
    expect(layers[0]!.topMm).toBe(0)
    layers.slice(1).forEach((l, i) => expect(l.topMm, `${l.id} starts where ${layers[i]!.id} ends`).toBe(layers[i]!.bottomMm))
    for (const l of layers) expect(l.site.trim().length, `${l.id} names its site`).toBeGreaterThan(0)
  })

  it('makes every condition matter to some treatment and explains each for practitioner and client', () => {
    const acting = new Set([...bySlug.values()].flatMap((t) => t.contraindications.filter((c) => c.stance !== 'none').map((c) => c.id)))
    for (const c of content.contraindications) {
      expect(acting.has(c.id), `${c.id} excludes, defers or cautions no treatment`).toBe(true)
      expect(c.reasoning.length, c.id).toBeGreaterThan(80)
      expect(c.clientWording.length, c.id).toBeGreaterThan(40)
    }
  })

  it('stores the isotretinoin disagreement as a conflict of cited positions', () => {
    const iso = content.contraindications.find((c) => c.id === 'isotretinoin')!
    expect(iso.conflict, 'isotretinoin records a conflict').toBeDefined()
    const positions = iso.conflict!.positions
    expect(positions.length).toBeGreaterThanOrEqual(2)
    for (const p of positions) expect(p.refs.length).toBeGreaterThanOrEqual(1)
    expect(new Set(positions.flatMap((p) => p.refs)).size).toBeGreaterThanOrEqual(2)
  })
})

const FITZ_ORDER = (level: string) => (RISK_LEVELS as readonly string[]).indexOf(level)
const today = new Date().toISOString().slice(0, 10)
const isCalendarDate = (d: string) => {
  const parsed = new Date(`${d}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d
}

describe.each([...bySlug].map(([slug, t]) => [slug, t] as const))('treatment %s', (_, t) => {
  it('is complete: texts, six Fitzpatrick types, aftercare, warning signs, two references, a valid review date', () => {
    for (const field of ['name', 'summary', 'body', 'clientSummary'] as const) expect(t[field].trim(), field).not.toBe('')
    expect(t.body.split(/\n\s*\n/).length, 'body has at least two paragraphs').toBeGreaterThanOrEqual(2)
    expect(Object.keys(t.fitzpatrick).sort()).toEqual([...FITZPATRICK_TYPES].sort())
    expect(t.aftercare.length).toBeGreaterThanOrEqual(1)
    expect(t.warningSigns.length).toBeGreaterThanOrEqual(1)
    expect(new Set(t.references).size, 'distinct references').toBeGreaterThanOrEqual(2)
    expect(isCalendarDate(t.reviewed), `reviewed ${t.reviewed} is a real date`).toBe(true)
    expect(t.reviewed <= today, `reviewed ${t.reviewed} is not in the future`).toBe(true)
    expect(t.candidate.ageMin, 'cosmetic candidates are adults').toBeGreaterThanOrEqual(18)
  })

  it('never rates pigment or scarring risk lower in a darker phototype than in a lighter one', () => {
    for (const key of ['pih', 'scarring'] as const) {
      const levels = FITZPATRICK_TYPES.map((type) => FITZ_ORDER(t.fitzpatrick[type][key]))
      levels.slice(1).forEach((level, i) => expect(level, `${key} ${FITZPATRICK_TYPES[i + 1]} vs ${FITZPATRICK_TYPES[i]}`).toBeGreaterThanOrEqual(levels[i]!))
    }
  })

  it('flags injection and energy use as its category implies', () => {
    if (t.category === 'injectable' || t.category === 'regenerative') expect(t.involvesInjection).toBe(true)
    if (t.category === 'laser-light' || t.category === 'energy') expect(t.usesEnergyDevice).toBe(true)
    if (t.category === 'peel' || t.category === 'mechanical') expect(t.involvesInjection || t.usesEnergyDevice).toBe(false)
  })

  it('defers treatment in pregnancy and breastfeeding, like every elective procedure', () => {
    expect(contraindication(t, 'pregnancy-breastfeeding')?.stance).toBe('defer')
  })

  it('acts on the contraindications its kind of treatment implies', () => {
    // Every condition is decided for every treatment; these must not be "none".
    const acts = (id: string) => contraindication(t, id)?.stance ?? 'none'
    if (t.involvesInjection) expect(acts('active-infection'), 'injection through infected skin').toBe('defer')
    if (/radiofrequency|focused ultrasound/i.test(t.name)) expect(acts('implanted-device'), 'implanted device near an RF or ultrasound field').toBe('exclude')
    if (t.mechanisms.some((m) => m.id === 'leveling' && m.role === 'primary'))
      for (const id of ['active-infection', 'herpes-history', 'keloid-tendency', 'isotretinoin']) expect(acts(id), `dermal wounding × ${id}`).not.toBe('none')
    if (t.mechanisms.some((m) => m.id === 'muscle-immobilization'))
      for (const id of ['neuromuscular-disease', 'interacting-medication', 'product-allergy'])
        expect(acts(id), `neuromuscular blockade × ${id}`).not.toBe('none')
  })

  it('defers after isotretinoin for the conservative 6–12 months and cites the disputed evidence', () => {
    const entry = contraindication(t, 'isotretinoin')!
    if (entry.stance !== 'defer') return
    expect(entry.waitMonths).toBeGreaterThanOrEqual(6)
    expect(entry.waitMonths).toBeLessThanOrEqual(12)
    expect(entry.note, 'the note explains the disagreement').toBeDefined()
    const conflictRefs = new Set(content.contraindications.find((c) => c.id === 'isotretinoin')!.conflict!.positions.flatMap((p) => p.refs))
    expect(
      entry.refs.some((r) => conflictRefs.has(r)),
      'cites a source of the recorded conflict',
    ).toBe(true)
  })
})

describe('contraindications the sources tie to particular treatments', () => {
  it.each([
    ['phenol-croton-oil-peel', 'cardiac-hepatic-renal-disease'],
    ['microfocused-ultrasound', 'filler-or-implant-in-area'],
    ['hifu', 'filler-or-implant-in-area'],
    ['rf-microneedling', 'filler-or-implant-in-area'],
    ['fractional-co2-laser', 'impaired-healing'],
    ['ablative-erbium-yag-laser', 'impaired-healing'],
    ['botulinum-toxin-a', 'interacting-medication'],
  ])('%s decides %s with its own sources', (slug, id) => {
    const entry = contraindication(treatment(slug), id)
    expect(entry?.source, `${slug} has its own entry for ${id}`).toBe('own')
    expect(entry!.refs.length).toBeGreaterThanOrEqual(1)
  })

  it('rules a deep phenol peel out for heart disease rather than deferring it', () => {
    const entry = contraindication(treatment('phenol-croton-oil-peel'), 'cardiac-hepatic-renal-disease')!
    expect(entry.stance).toBe('exclude')
  })
})

describe('guides and glossary', () => {
  it('gives three age bands that cover ages 25 to 90 without a gap or an overlap', () => {
    const bands = content.guides.filter((g) => g.kind === 'age-band').sort((a, b) => a.ageMin! - b.ageMin!)
    expect(bands).toHaveLength(3)
    for (const b of bands) expect(b.ageMin !== undefined && b.ageMax !== undefined && b.ageMin <= b.ageMax, b.id).toBe(true)
    expect(bands[0]!.ageMin).toBeLessThanOrEqual(25)
    expect(bands.at(-1)!.ageMax).toBeGreaterThanOrEqual(90)
    bands.slice(1).forEach((b, i) => expect(b.ageMin, `${b.id} follows ${bands[i]!.id}`).toBe(bands[i]!.ageMax! + 1))
    for (const b of bands) expect(b.treatments?.length ?? 0, `${b.id} names treatments`).toBeGreaterThan(0)
  })

  it('has general post-treatment care and at least eight FAQ answers', () => {
    expect(content.guides.filter((g) => g.kind === 'aftercare').length).toBeGreaterThanOrEqual(1)
    expect(content.guides.filter((g) => g.kind === 'faq').length).toBeGreaterThanOrEqual(8)
  })

  it('defines at least 30 terms, including the ones the treatment pages lean on', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(30)
    const terms = content.glossary.map((g) => words(g.term))
    expect(new Set(terms).size, 'no term defined twice').toBe(terms.length)
    for (const wanted of ['fibroblast', 'microthermal zone', 'SMAS', 'PIH', 'Glogau', 'Fitzpatrick', 'extracellular matrix'])
      expect(
        terms.some((t) => t.includes(words(wanted))),
        wanted,
      ).toBe(true)
  })
})
