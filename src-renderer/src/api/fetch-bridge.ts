import type { HandbookBridge } from '../../../src-main/api/handbook-api'
import { buildBridge } from '../../../src-shared/bridge'
import { refusalFromStatus } from '../../../src-shared/refusals'

/**
 * window.handbook over HTTP, for the browser preview. The preview server puts
 * a per-run token into a meta tag of the page it serves; every call carries it.
 * Built by the same builder as the desktop preload; a refusal keeps its own code.
 */
export function createFetchBridge(token: string, base = './api/'): HandbookBridge {
  // Domain and verb make the path: handbook.treatment.get(args) posts to api/treatment/get.
  return buildBridge<HandbookBridge>(async (channel, args) => {
    let res: Response
    try {
      const body = JSON.stringify(args ?? {})
      res = await fetch(base + channel, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Handbook-Token': token },
        body,
        // A note saved as the page closes must still arrive; browsers allow keepalive only for small bodies.
        keepalive: body.length < 60_000,
      })
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'The handbook preview server is not reachable. Is "npm run web" still running?' } }
    }
    if (!res.ok) return { ok: false, error: refusalFromStatus(res.status) }
    return res.json()
  })
}
