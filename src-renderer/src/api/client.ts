import type { HandbookApi, HandbookBridge } from '../../../src-main/api/handbook-api'
import type { ErrorCode, ErrorInfo } from '../../../src-shared/errors'
import { createFetchBridge } from './fetch-bridge'

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details?: string[]
  constructor(info: ErrorInfo) {
    super(info.message)
    this.code = info.code
    this.details = info.details
  }
}

export type { HandbookApi }

function findBridge(): HandbookBridge {
  if (window.handbook) return window.handbook
  const token = document.querySelector<HTMLMetaElement>('meta[name="handbook-preview-token"]')?.content
  if (token) return createFetchBridge(token)
  throw new ApiError({ code: 'INTERNAL', message: 'The handbook could not reach its data: no preload and no preview server.' })
}

export function createApi(bridge: HandbookBridge = findBridge()): HandbookApi {
  const raw = bridge as unknown as Record<string, Record<string, (a: unknown) => Promise<{ ok: boolean; value?: unknown; error?: ErrorInfo }>>>
  return new Proxy({} as HandbookApi, {
    get: (_t, domain: string) =>
      new Proxy(
        {},
        {
          get: (_u, verb: string) => async (args: unknown) => {
            const fn = raw[domain]?.[verb]
            if (!fn) throw new ApiError({ code: 'UNKNOWN_CHANNEL', message: `There is no API call named "${domain}/${verb}".` })
            const envelope = await fn(args ?? {})
            if (envelope.ok) return envelope.value
            throw new ApiError(envelope.error ?? { code: 'INTERNAL', message: 'Unknown error' })
          },
        },
      ),
  })
}

let instance: HandbookApi | undefined
/** The app's one API client, created on first use. */
export function api(): HandbookApi {
  instance ??= createApi()
  return instance
}
/** For component tests: swap in a fake bridge. */
export function setApi(next: HandbookApi | undefined): void {
  instance = next
}
