// Unicode's bidirectional controls reorder the text around them: "\u202Eevil"
// displays (and prints) as "live". A handout is read by a client who cannot
// see the hidden character, so nothing printed carries them. Arabic and
// Hebrew text still prints right to left: that comes from the letters
// themselves, not from these controls.

/** Embeddings and overrides (U+202A–202E), isolates (U+2066–2069), the marks LRM, RLM (U+200E/F) and ALM (U+061C). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '')

/** A copy of plain data with every string cleaned; `keep` names fields left as they are (a logo's data: URL). */
export function withoutBidiControlsDeep<T>(value: T, keep: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T
  if (Array.isArray(value)) return value.map((v) => withoutBidiControlsDeep(v, keep)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep.has(k) ? v : withoutBidiControlsDeep(v, keep)])) as T
  }
  return value
}
