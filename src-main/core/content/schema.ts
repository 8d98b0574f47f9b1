// The single definition of every knowledge-base record. The compiler parses the
// YAML under resources/content with these schemas; core and renderer types are
// inferred from them, so a field exists in exactly one place.
import { z } from 'zod'
import { PROPERTY_IDS, STANCES, type Stance } from '../../../src-shared/properties'
import { CATEGORIES, FITZPATRICK_TYPES, GLOGAU_MAX, GLOGAU_MIN, MECHANISM_IDS } from '../../../src-shared/taxonomy'

export { CATEGORIES, FITZPATRICK_TYPES, MECHANISM_IDS }

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "fractional-co2-laser"')
const text = z.string().trim().min(1, 'must not be empty')
const refs = z.array(id).min(1, 'needs at least one reference id')
/** The words clients and practitioners use for a thing, so search finds it by them ("jowls" for laxity). */
const synonyms = z.array(text).default([])
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')

export const FREQUENCIES = ['very-common', 'common', 'uncommon', 'rare', 'very-rare'] as const
export const STRENGTHS = ['strong', 'moderate', 'mild'] as const
export const RISK_LEVELS = ['low', 'moderate', 'high', 'very-high'] as const
export const DISCOMFORT = ['minimal', 'mild', 'moderate', 'marked'] as const
export const EVIDENCE_LEVELS = ['A', 'B', 'C'] as const
export const REFERENCE_TYPES = [
  'guideline',
  'systematic-review',
  'review',
  'rct',
  'cohort',
  'case-series',
  'product-label',
  'textbook',
  'reference-site',
  'clinic-page',
] as const
/** Published in a journal: these carry authors, a real year and a DOI or PMID (or say why not). */
export const JOURNAL_TYPES = ['systematic-review', 'review', 'rct', 'cohort', 'case-series'] as const satisfies readonly (typeof REFERENCE_TYPES)[number][]

const range = (n: z.ZodNumber) =>
  z
    .object({ min: n, max: n, note: text.optional() })
    .strict()
    .refine((r: { min: number; max: number }) => r.min <= r.max, { message: 'min is above max', path: ['min'] })

export const referenceSchema = z
  .object({
    id,
    citation: text,
    type: z.enum(REFERENCE_TYPES),
    authors: text.optional(),
    // A web page that shows no date is "undated" and says when it was read, never the year it was read.
    year: z.union([z.number().int().min(1800).max(2100), z.literal('undated')]),
    accessed: isoDate.optional(),
    journal: text.optional(),
    publisher: text.optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'must be a bare DOI such as "10.1001/jamadermatol.2013.1"')
      .optional(),
    pmid: z
      .string()
      .regex(/^\d{1,9}$/, 'must be a PubMed id, digits only')
      .optional(),
    // Which schemes and hosts are acceptable is the reference policy's call (reference-policy.ts), not the shape's.
    url: z.url().optional(),
    noIdentifier: text.optional(),
  })
  .strict()
  .refine((r) => r.year !== 'undated' || r.accessed !== undefined, {
    message: 'an undated source needs the date it was read in "accessed"',
    path: ['accessed'],
  })

export const layerSchema = z
  .object({
    id,
    name: text,
    order: z.number().int().min(0),
    // Representative boundaries for the site named below, in mm from the skin surface.
    topMm: z.number().min(0),
    bottomMm: z.number().positive(),
    site: text,
    description: text,
    refs,
  })
  .strict()
  .refine((l) => l.topMm < l.bottomMm, { message: 'topMm must be above bottomMm', path: ['topMm'] })

export const mechanismSchema = z
  .object({
    id: z.enum(MECHANISM_IDS),
    name: text,
    summary: text,
    body: text,
    depthNote: text,
    synonyms,
    refs,
  })
  .strict()

export const concernSchema = z
  .object({
    id,
    name: text,
    description: text,
    synonyms,
    // A narrower concern (melasma) lists the treatments of the broader one (hyperpigmentation) until
    // treatments name it themselves; its page says so.
    broader: id.optional(),
    refs: z.array(id).optional(),
  })
  .strict()

const conflictSchema = z
  .object({
    summary: text,
    positions: z.array(z.object({ stance: text, refs }).strict()).min(2, 'a conflict needs at least two positions'),
  })
  .strict()

/**
 * A decision about one treatment for one condition. `defer` is temporary: for a
 * dated condition (isotretinoin, a tan) `waitMonths` counts from the date the
 * client gives; for an undated one (pregnancy, an outbreak) it lasts until the
 * condition has passed. Where sources disagree about the wait (the condition
 * records the conflict) `waitMonths` is the most cautious cited position and
 * `minWaitMonths` the shortest; the contested-wait policy decides between them.
 */
const decisionFields = {
  stance: z.enum(STANCES),
  waitMonths: z.number().min(0).max(120).optional(),
  minWaitMonths: z.number().min(0).max(120).optional(),
}
type DecisionShape = { stance: Stance; waitMonths?: number; minWaitMonths?: number }
const waitsMakeSense = <T extends z.ZodType<DecisionShape>>(schema: T) =>
  schema
    .refine((d) => d.stance === 'defer' || (d.waitMonths === undefined && d.minWaitMonths === undefined), {
      message: 'only a "defer" stance has a wait',
      path: ['waitMonths'],
    })
    .refine((d) => d.minWaitMonths === undefined || (d.waitMonths !== undefined && d.minWaitMonths <= d.waitMonths), {
      message: 'minWaitMonths needs a waitMonths at least as long',
      path: ['minWaitMonths'],
    })

/** Why a decision departs from the risk order or from its category: said once, with its source. */
const whySchema = z.object({ text, refs }).strict()

/**
 * A class rule of a condition: it applies to every treatment that declares all
 * the `when` properties, none of the `unless` ones and, if given, one of the
 * categories. A condition's rules are read top to bottom and the first that
 * applies decides; a treatment's own entry overrides them all.
 */
export const classRuleSchema = waitsMakeSense(
  z
    .object({
      when: z.array(z.enum(PROPERTY_IDS)).default([]),
      unless: z.array(z.enum(PROPERTY_IDS)).default([]),
      categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
      ...decisionFields,
      reason: text,
      refs,
      why: whySchema.optional(),
    })
    .strict(),
)

export const contraindicationSchema = z
  .object({
    id,
    name: text,
    reasoning: text,
    clientWording: text,
    refs,
    conflict: conflictSchema.optional(),
    /** The client can give the day it last applied; every deferral then needs a wait. */
    dated: z.object({ dateLabel: text, endLabel: text }).strict().optional(),
    /** The harm grows with how invasive the treatment is, so the compiler checks the risk order. */
    riskOrder: z.boolean().default(false),
    rules: z.array(classRuleSchema).default([]),
    reviewed: isoDate,
  })
  .strict()

export const glossarySchema = z.object({ id, term: text, definition: text, synonyms, refs: z.array(id).optional() }).strict()

export const guideSchema = z
  .object({
    id,
    kind: z.enum(['age-band', 'aftercare', 'faq']),
    title: text,
    synonyms,
    body: text,
    ageMin: z.number().int().min(0).max(120).optional(),
    ageMax: z.number().int().min(0).max(120).optional(),
    treatments: z.array(id).optional(),
    refs,
    // The day the guide's text was last checked against its sources, shown on the page.
    reviewed: isoDate,
  })
  .strict()

const fitzpatrickEntry = z.object({ pih: z.enum(RISK_LEVELS), scarring: z.enum(RISK_LEVELS), note: text.optional() }).strict()

export const treatmentSchema = z
  .object({
    slug: id,
    name: text,
    aliases: z.array(text).default([]),
    brands: z.array(text).default([]),
    // Where the brand list comes from: a label, regulator entry or paper naming each device or product.
    brandRefs: z.array(id).default([]),
    category: z.enum(CATEGORIES),
    involvesInjection: z.boolean(),
    usesEnergyDevice: z.boolean(),
    /** What the content says about this treatment, keyed on which condition and combination rules apply. */
    properties: z.array(z.enum(PROPERTY_IDS)).default([]),
    summary: text,
    body: text,
    clientSummary: text,
    mechanisms: z
      .array(
        z
          .object({
            id: z.enum(MECHANISM_IDS),
            role: z.enum(['primary', 'secondary']),
            // The client handout's sentence for this mechanism when the general one would mislead for
            // this treatment (skin boosters bind water in the skin; they do not restore volume).
            clientWording: text.optional(),
          })
          .strict(),
      )
      .min(1),
    depth: z
      .object({
        minMm: z.number().min(0),
        maxMm: z.number().positive(),
        layers: z.array(id).min(1),
        setting: text,
        // "sourced": the cited sources give these millimetres (histology, needle length, focal depth, label);
        // otherwise they name the layer reached and the millimetres are modelled from layers.yaml's depths.
        mmBasis: z.enum(['sourced', 'modelled']).default('modelled'),
        refs,
        // Where the treatment usually acts, when that is shallower than the device or setting
        // maximum above (needles enter only part of their length): compare ranks by this.
        typical: z
          .object({ minMm: z.number().min(0), maxMm: z.number().positive(), note: text, refs })
          .strict()
          .optional(),
      })
      .strict()
      .refine((d) => d.minMm <= d.maxMm, { message: 'depth min is above max', path: ['minMm'] })
      .refine((d) => !d.typical || (d.typical.minMm <= d.typical.maxMm && d.typical.maxMm <= d.maxMm), {
        message: 'the typical depth must lie within the maximum',
        path: ['typical'],
      }),
    concerns: z.array(z.object({ id, strength: z.enum(STRENGTHS) }).strict()).min(1),
    risks: z.array(z.object({ name: text, frequency: z.enum(FREQUENCIES), detail: text.optional(), refs }).strict()).min(1),
    downtimeDays: range(z.number().min(0)),
    sessions: range(z.number().int().min(1)),
    intervalWeeks: range(z.number().min(0)).optional(),
    onsetWeeks: range(z.number().min(0)),
    durationMonths: range(z.number().min(0)),
    discomfort: z.enum(DISCOMFORT),
    candidate: z
      .object({
        ageMin: z.number().int().min(12).max(100),
        ageMax: z.number().int().min(12).max(100),
        glogau: z.array(z.number().int().min(GLOGAU_MIN).max(GLOGAU_MAX)).min(1),
        profile: text,
      })
      .strict()
      .refine((c) => c.ageMin <= c.ageMax, { message: 'ageMin is above ageMax', path: ['ageMin'] }),
    /** The treatment's own decisions; each overrides the condition's class rules with its own reason. */
    contraindications: z
      .array(
        waitsMakeSense(
          z
            .object({ id, ...decisionFields, note: text.optional(), refs, why: whySchema.optional() })
            .strict()
            .refine((e) => e.stance !== 'none' || e.note !== undefined, {
              message: 'a "none" stance needs a one-line reason in note',
              path: ['note'],
            }),
        ),
      )
      .default([]),
    fitzpatrick: z
      .object(Object.fromEntries(FITZPATRICK_TYPES.map((t) => [t, fitzpatrickEntry])) as Record<(typeof FITZPATRICK_TYPES)[number], typeof fitzpatrickEntry>)
      .strict(),
    aftercare: z.array(z.object({ when: text, text }).strict()).min(1),
    warningSigns: z.array(text).min(1),
    evidence: z.object({ level: z.enum(EVIDENCE_LEVELS), note: text }).strict(),
    references: z.array(id).min(2, 'a treatment needs at least two references'),
    reviewed: isoDate,
  })
  .strict()

export type Reference = z.infer<typeof referenceSchema>
export type Layer = z.infer<typeof layerSchema>
export type Mechanism = z.infer<typeof mechanismSchema>
export type Concern = z.infer<typeof concernSchema>
export type Contraindication = z.infer<typeof contraindicationSchema>
export type GlossaryEntry = z.infer<typeof glossarySchema>
export type Guide = z.infer<typeof guideSchema>
/** A treatment as written in its YAML file. */
export type TreatmentSource = z.infer<typeof treatmentSchema>
export type ClassRule = z.infer<typeof classRuleSchema>

/** One resolved cell of the safety matrix: every treatment carries one for every condition. */
export interface SafetyDecision {
  /** The condition's id. */
  id: string
  stance: Stance
  waitMonths?: number
  minWaitMonths?: number
  /** The one-line reason: the treatment's own note, or the class rule's reason. */
  note?: string
  refs: string[]
  /** Where the decision came from: the treatment's own entry or a class rule of the condition. */
  source: 'own' | 'class'
  /** For a class rule, its position (0-based) in the condition's rules. */
  rule?: number
  why?: { text: string; refs: string[] }
}

/** A treatment as the knowledge base holds it: its contraindications are the resolved matrix row, one per condition. */
export type Treatment = Omit<TreatmentSource, 'contraindications'> & { contraindications: SafetyDecision[] }
export type MechanismId = (typeof MECHANISM_IDS)[number]
export type Category = (typeof CATEGORIES)[number]
export type FitzpatrickType = (typeof FITZPATRICK_TYPES)[number]
