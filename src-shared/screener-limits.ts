// How the screener asks about a client: plain constants (no zod), so the
// border's schema and the renderer's form read the same limits.

/** The ages the screener accepts: sources study adolescents to the very old, not beyond. */
export const AGE_MIN = 12
export const AGE_MAX = 110
