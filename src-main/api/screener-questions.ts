// How the screener asks about a client: plain constants (no zod), so the
// border's schema and the renderer's form read the same limits and wording.

/** The ages the screener accepts: sources study adolescents to the very old, not beyond. */
export const AGE_MIN = 12
export const AGE_MAX = 110

/** The conditions a practitioner asks about first, in the order of a consultation; the rest follow by name. */
export const CONSULTATION_ORDER = [
  'pregnancy-breastfeeding',
  'active-infection',
  'herpes-history',
  'keloid-tendency',
  'autoimmune-disease',
  'isotretinoin',
  'anticoagulants-bleeding',
  'recent-tan-sunburn',
  'product-allergy',
  'neuromuscular-disease',
  'implanted-device',
  'active-acne-dermatitis',
] as const

/** Conditions whose waits count from a date the client can give: what the date is, and what "it ended" means. */
export const DATED_CONDITIONS: Record<string, { dateLabel: string; endLabel: string }> = {
  isotretinoin: { dateLabel: 'Date of the last dose (leave empty if still taking it)', endLabel: 'the last dose' },
  'recent-tan-sunburn': { dateLabel: 'Date of the tan or burn (leave empty if still tanned)', endLabel: 'the tan or burn' },
}
