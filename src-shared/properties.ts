// The treatment properties that condition rules are keyed on, and what each one
// means. Plain constants (no zod): the content schema, the compiler's checks and
// the renderer all read this one list.

export const TREATMENT_PROPERTIES = {
  'wounds-epidermis': 'Deliberately removes or injures the epidermis (peels, abrasion, needling, ablative lasers).',
  'wounds-dermis': 'The deliberate injury reaches the dermis (medium and deep peels, dermabrasion, ablative lasers, needling, RF microneedling).',
  'confluent-wound': 'The whole treated surface is wounded at once, not in separate columns (medium and deep peels, dermabrasion, full-field ablative lasers).',
  ablative: 'A laser vaporises tissue.',
  'heats-dermis': 'Deposits heat in the dermis or deeper (lasers, intense pulsed light, radiofrequency, focused ultrasound).',
  'light-laser': 'Laser, intense pulsed light or LED light: the eyes need protecting.',
  'electrical-current': 'Radiofrequency current passes through the tissue.',
  'focused-ultrasound': 'Focused ultrasound energy is deposited below the surface.',
  acid: 'A chemical acid or caustic solution is applied to the skin.',
  salicylate: 'The solution contains salicylic acid.',
  phenol: 'The solution contains phenol, which is absorbed into the circulation.',
  'punctures-skin': 'Needles, cannulas or threads pass through the skin.',
  injects: 'A product is injected into the skin or deeper tissue.',
  'leaves-implant': 'A filler, biostimulator or thread stays in the tissue after the visit.',
  neurotoxin: 'Botulinum toxin, which acts on the junction between nerve and muscle.',
  'blood-product': "A product prepared from the client's own blood or tissue is applied or injected.",
  'systemic-effect': 'The agent can act beyond the treated skin.',
} as const

export type TreatmentProperty = keyof typeof TREATMENT_PROPERTIES
export const PROPERTY_IDS = Object.keys(TREATMENT_PROPERTIES) as [TreatmentProperty, ...TreatmentProperty[]]

/** How a condition bears on a treatment, mildest first. */
export const STANCES = ['none', 'caution', 'defer', 'exclude'] as const
export type Stance = (typeof STANCES)[number]
export const stanceRank = (s: Stance): number => STANCES.indexOf(s)

/**
 * How invasive a treatment is, from its declared properties, for the risk-order
 * check: 4 a confluent dermal wound (medium/deep peel, dermabrasion, full-field
 * ablation), 3 a dermal wound in columns or needle tracks, 2 an epidermal wound or
 * skin puncture, 1 heat, acid or light without a wound, 0 none of these.
 */
export function invasiveness(props: ReadonlySet<string>): number {
  if (props.has('wounds-dermis') && props.has('confluent-wound')) return 4
  if (props.has('wounds-dermis') || props.has('ablative')) return 3
  if (props.has('wounds-epidermis') || props.has('punctures-skin')) return 2
  if (props.has('heats-dermis') || props.has('acid') || props.has('light-laser')) return 1
  return 0
}

/** What the ranks mean in words, for the compiler's messages and the safety grid's legend. */
export const INVASIVENESS_WORDS = [
  'no wound, heat or acid',
  'heat, acid or light without a wound',
  'an epidermal wound or skin puncture',
  'a dermal wound in columns or needle tracks',
  'a confluent dermal wound',
] as const
