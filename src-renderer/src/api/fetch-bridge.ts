import type { HandbookBridge } from '../../../src-main/api/handbook-api'

/**
 * window.handbook over HTTP, for the browser preview. The preview server puts
 * a per-run token into a meta tag of the page it serves; every call carries it.
 */
export function createFetchBridge(token: string, base = './api/'): HandbookBridge {
  const send = async (channel: string, args: unknown) => {
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
    if (!res.ok) return { ok: false, error: { code: 'INTERNAL', message: `The preview server refused the call (${res.status}).` } }
    return res.json()
  }
  // Domain and verb come from property access: handbook.treatment.get(args) posts to api/treatment/get.
  return new Proxy({} as HandbookBridge, {
    get: (_t, domain) =>
      typeof domain === 'string'
        ? new Proxy({}, { get: (_u, verb) => (typeof verb === 'string' ? (args: unknown) => send(`${domain}/${verb}`, args) : undefined) })
        : undefined,
  })
}
