import type { ErrorCode, ErrorInfo } from '../../src-shared/errors'

export { ERROR_CODES, type Envelope, type ErrorCode, type ErrorInfo } from '../../src-shared/errors'

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
