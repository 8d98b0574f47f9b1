// The zod-free channel list the bridges read and the contract the border
// validates with must name the same calls (contract.ts also checks this at
// compile time); the one bridge builder turns every name into domain.verb.
import { describe, expect, it } from 'vitest'
import { contract } from '../../src-main/api/contract'
import { buildBridge } from '../../src-shared/bridge'
import { CHANNELS } from '../../src-shared/channels'

describe('the channel list', () => {
  it('names exactly the channels of the contract, each once', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort())
  })

  it('builds a bridge whose every domain.verb sends its own channel, with {} for missing arguments', async () => {
    const sent: [string, unknown][] = []
    const bridge = buildBridge<Record<string, Record<string, (a?: unknown) => Promise<unknown>>>>(async (channel, args) => sent.push([channel, args]))
    for (const channel of CHANNELS) {
      const [domain, verb] = channel.split('/') as [string, string]
      await bridge[domain]![verb]!()
    }
    expect(sent).toEqual(CHANNELS.map((c) => [c, {}]))
    expect(Object.values(bridge).reduce((n, verbs) => n + Object.keys(verbs).length, 0)).toBe(CHANNELS.length)
  })
})
