// Sizes the notebook accepts. Dependency-free: the contract, the core and the
// renderer (textarea and upload checks) share the same numbers.

/** Long enough for any practice note; short enough that a note always fits one API call. */
export const NOTE_MAX_CHARS = 100_000
/** A clinic logo for a handout header: small enough to travel in one API call and a print window. */
export const LOGO_MAX_BYTES = 256 * 1024
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const
/** The base64 text of the largest accepted logo, with room for a long media-type prefix. */
export const LOGO_MAX_DATA_URL_CHARS = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 64
/** The clinic's details as printed on a handout header. */
export const CLINIC_LIMITS = { name: 120, address: 300, phone: 40 } as const
export const COMPARISON_MAX = 4
/** The export file of a full notebook with a logo stays well under this. */
export const IMPORT_MAX_CHARS = 5_000_000
