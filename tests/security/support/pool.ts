// Seeds for generated payloads: what the knowledge base holds and what the API answers.
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { CHANNELS, contract, type Channel } from '../../../src-main/api/contract'
import { dispatch } from '../../../src-main/api/dispatch'
import type { HandlerContext } from '../../../src-main/api/handlers/context'
import { handlers } from '../../../src-main/api/handlers'
import { addKeyed, emptyPool, harvest, jsonSchemaOf, validArbitrary, type Pool } from './payloads'

export const SEED = 20_251_121

/** Fields whose name does not say which knowledge-base list their ids come from. */
const ALIASES = { flags: 'contraindications.id', endedOn: 'contraindications.id' }

/** Ids, slugs and names straight from the knowledge base, filed as "table.column", so valid payloads name things that exist. */
function harvestKnowledgeBase(path: string, pool: Pool): void {
  const db = new Database(path, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'").all() as {
      name: string
    }[]
    for (const { name } of tables) {
      for (const col of db.pragma(`table_info("${name}")`) as { name: string }[]) {
        if (!/^(id|slug|key|term|name|kind|type|title|\w+_id)$/.test(col.name)) continue
        for (const { v } of db.prepare(`SELECT DISTINCT "${col.name}" AS v FROM "${name}" LIMIT 300`).all() as { v: string | number }[]) {
          pool.strings.push(String(v))
          addKeyed(pool, `${name}.${col.name}`, String(v))
        }
      }
    }
  } finally {
    db.close()
  }
}

/**
 * A pool harvested from the knowledge base at kbPath and from two rounds of
 * valid calls on ctx (slugs, saved ids, an exported notebook). The calls
 * write to ctx's notebook; that is setup, not the test.
 */
export async function buildPool(ctx: HandlerContext, kbPath: string): Promise<Pool> {
  const pool = emptyPool(ALIASES)
  harvestKnowledgeBase(kbPath, pool)
  for (let round = 0; round < 2; round++) {
    for (const channel of CHANNELS) {
      for (const args of fc.sample(validArbitrary(jsonSchemaOf(contract[channel].args), pool), { seed: SEED + round, numRuns: 8 })) {
        const r = await dispatch(handlers, ctx, channel, args)
        if (r.ok) harvest(r.value, pool)
      }
    }
  }
  // Exported notebooks, cut short and with a prototype key injected, for the import channels.
  for (const s of pool.strings.filter((x) => x.startsWith('{') && x.length > 50).slice(0, 5)) {
    for (const bent of [s.slice(0, s.length >> 1), s.replace('{', '{"__proto__":{"polluted":"yes"},')]) {
      pool.strings.push(bent)
      addKeyed(pool, 'json', bent)
    }
  }
  pool.strings = [...new Set(pool.strings)].slice(0, 20_000)
  pool.integers = [...new Set(pool.integers)].slice(0, 2_000)
  return pool
}

/**
 * For each channel, arguments that the channel answered with ok on ctx, when
 * any of a few hundred valid candidates was; channels that never answer ok
 * here (desktop-only ones in the preview) get their first schema-valid candidate.
 */
export async function knownGoodCalls(ctx: HandlerContext, pool: Pool): Promise<Map<Channel, unknown>> {
  const calls = new Map<Channel, unknown>()
  for (const channel of CHANNELS) {
    const schema = contract[channel].args
    const candidates = fc.sample(validArbitrary(jsonSchemaOf(schema), pool), { seed: SEED, numRuns: 300 }).filter((a) => schema.safeParse(a).success)
    for (const args of candidates) {
      if ((await dispatch(handlers, ctx, channel, args)).ok) {
        calls.set(channel, args)
        break
      }
    }
    if (!calls.has(channel) && candidates.length) calls.set(channel, candidates[0])
  }
  return calls
}
