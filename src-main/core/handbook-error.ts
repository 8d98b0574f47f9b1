/** Stable error codes: the renderer chooses its words by code, never by parsing messages. */
export const ERROR_CODES = [
  'BAD_ARGUMENTS',
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

export class HandbookError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message)
    this.name = 'HandbookError'
  }

  toInfo(): ErrorInfo {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message }
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo }
