// The one bridge builder: the desktop preload (over IPC) and the browser preview
// (over fetch) both turn the channel list into window.handbook's shape with it,
// so 'treatment/get' is handbook.treatment.get(args) in both.
import { CHANNELS, type Channel } from './channels'

/** Carries one call to the main process or the preview server; resolves to its envelope. */
export type Send = (channel: Channel, args: unknown) => Promise<unknown>

/**
 * Builds the domain-shaped object. Callers name the typed shape (HandbookBridge,
 * from the contract) as B; this floor stays free of the contract's schemas.
 */
export function buildBridge<B>(send: Send): B {
  const bridge: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [domain, verb] = channel.split('/') as [string, string]
    bridge[domain] ??= {}
    bridge[domain][verb] = (args?: unknown) => send(channel, args ?? {})
  }
  return bridge as B
}
