// The error envelope every API call resolves to: plain types and codes, so the
// bridges, the border and the renderer share one vocabulary.
/** Stable error codes: the renderer chooses its words by code, never by parsing messages. */
export const ERROR_CODES = [
  'BAD_ARGUMENTS',
  /** The call came from somewhere that is not the handbook: a foreign frame, origin or token. */
  'FORBIDDEN',
  /** The call was refused before it was read: too large, not JSON, or not a POST (browser preview). */
  'BAD_REQUEST',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'KB_MISSING',
  'KB_CORRUPT',
  'KB_WRONG_VERSION',
  'USER_DATA',
  'IMPORT_REJECTED',
  /** The call needs the desktop app (a system dialog, a hidden print window); the browser preview cannot do it. */
  'NOT_AVAILABLE',
  /** A file could not be written (read-only folder, disk full…); nothing else was changed. */
  'WRITE_FAILED',
  'PRINT_FAILED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorInfo {
  code: ErrorCode
  message: string
  /** Optional field-level detail, e.g. which argument was wrong. */
  details?: string[]
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }
