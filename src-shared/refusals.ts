// The codes a refused call carries, whichever bridge refused it: the desktop's
// IPC border and the browser preview's HTTP server answer the same refusal with
// the same code, so the renderer words it once.
import type { ErrorCode, ErrorInfo } from './errors'

/** A call from a frame, origin or token that is not the handbook's own. */
export const FOREIGN_CALLER: ErrorInfo = { code: 'FORBIDDEN', message: 'Refused a call from a frame that is not the handbook.' }

/** The preview server's HTTP refusals, by status; anything else unexpected is INTERNAL. */
const REFUSAL_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'FORBIDDEN',
  403: 'FORBIDDEN',
  404: 'UNKNOWN_CHANNEL',
  405: 'BAD_REQUEST',
  // The same arguments over IPC are refused by their schema's size limits.
  413: 'BAD_ARGUMENTS',
  415: 'BAD_REQUEST',
}

export function refusalFromStatus(status: number): ErrorInfo {
  const code = REFUSAL_CODES[status] ?? 'INTERNAL'
  const message =
    code === 'FORBIDDEN'
      ? `The preview server refused the call (${status}): this page is not the handbook's own, or its token is stale. Reload the page.`
      : `The preview server refused the call (${status}).`
  return { code, message }
}
