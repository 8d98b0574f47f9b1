// Sizes the notebook accepts. Dependency-free: the contract, the core and the
// renderer (textarea and upload checks) share the same numbers.

/** Long enough for any practice note; short enough that a note always fits one API call. */
export const NOTE_MAX_CHARS = 100_000
/** A clinic logo for a handout header: small enough to travel in one API call and a print window. */
export const LOGO_MAX_BYTES = 256 * 1024
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const
/** A logo prints a few centimetres wide: 2,000 pixels a side is sharp at any print resolution and decodes in milliseconds. */
export const LOGO_MAX_SIDE = 2000
/** The base64 text of the largest accepted logo, with room for a long media-type prefix. */
export const LOGO_MAX_DATA_URL_CHARS = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 64
/** The clinic's details as printed on a handout header. */
export const CLINIC_LIMITS = { name: 120, address: 300, phone: 40 } as const
export const COMPARISON_MAX = 4
/** The notes list shows this many (the most recently edited that match); a search finds any other. */
export const NOTES_LIST_LIMIT = 100
/**
 * The one size limit of an export file, in bytes of UTF-8 (as on disk): export
 * refuses to write a larger file, and the file dialog, the browser preview and
 * the import channels refuse a larger one, so every file the handbook writes it
 * can read back. Room for every treatment's note at about 40,000 characters of
 * Japanese (3 bytes each), or more of plain Latin text.
 */
export const EXPORT_MAX_BYTES = 16 * 1024 * 1024
/** "16 MB", for messages. */
export const EXPORT_MAX_LABEL = `${EXPORT_MAX_BYTES / 1024 / 1024} MB`
/** Nesting deeper than this in an imported file is refused before any schema reads it (no profile nests more than 3). */
export const IMPORT_MAX_DEPTH = 12

/** UTF-8 bytes of a string without allocating it (the renderer has no Buffer). */
export function utf8Bytes(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4
      i++
    } else n += 3
  }
  return n
}
