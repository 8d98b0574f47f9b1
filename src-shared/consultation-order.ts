// The order of a consultation: pregnancy and the skin at the site, then medical
// history, medicines, allergies, recent events, implants and the field, and last
// what the client hopes for. The screener asks in this order, and every resolved
// row of the safety matrix (treatment page, handout) lists conditions in it.
// Plain constants, so the renderer reads the same list.

export const CONSULTATION_ORDER = [
  'pregnancy-breastfeeding',
  'active-infection',
  'active-acne-dermatitis',
  'herpes-history',
  'keloid-tendency',
  'autoimmune-disease',
  'impaired-healing',
  'cardiac-hepatic-renal-disease',
  'bleeding-disorder',
  'neuromuscular-disease',
  'isotretinoin',
  'anticoagulants',
  'photosensitivity',
  'interacting-medication',
  'gold-therapy',
  'product-allergy',
  'salicylate-allergy',
  'recent-tan-sunburn',
  'recent-facial-surgery',
  'filler-or-implant-in-area',
  'implanted-device',
  'tattoo-in-field',
  'skin-malignancy',
  'unrealistic-expectations',
] as const

/** Sorts condition-like records into consultation order; a condition the list does not name follows, by name. */
export function inConsultationOrder<T extends { id: string; name: string }>(list: readonly T[]): T[] {
  const order: readonly string[] = CONSULTATION_ORDER
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length)
  return [...list].sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name, 'en'))
}
