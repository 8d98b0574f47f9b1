// Payload generators driven by the contract itself: each channel's zod schema
// is turned into JSON Schema (zod's own toJSONSchema), and that into a
// fast-check arbitrary of valid arguments. Mutations of those, plus arbitrary
// values, make the hostile mix. New channels are covered without any edit here.
import fc from 'fast-check'
import { z } from 'zod'
import { ALL_HOSTILE, DANGEROUS_KEYS, HOSTILE_NUMBERS, HOSTILE_STRINGS, ownProtoKey } from './hostile-values'

export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  items?: JsonSchema
  prefixItems?: JsonSchema[]
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  enum?: unknown[]
  const?: unknown
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
}

/** Real values harvested from the knowledge base and from earlier answers: slugs, ids, exported JSON, row ids. */
export interface Pool {
  strings: string[]
  integers: number[]
  /**
   * The same values grouped by where they were found ("slug", "concerns.id",
   * "json"), so a field named like one of those draws values that belong
   * together and exist: real concern ids for `concerns`, an exported notebook for `json`.
   */
  keyed: Map<string, Set<string | number>>
  /** Where a field's name does not say which group its values come from: field → group ("flags" → "contraindications.id"). */
  aliases: Record<string, string>
}

export const emptyPool = (aliases: Record<string, string> = {}): Pool => ({ strings: [], integers: [], keyed: new Map(), aliases })

export function addKeyed(pool: Pool, key: string, value: string | number): void {
  if (!key) return
  let group = pool.keyed.get(key)
  if (!group) pool.keyed.set(key, (group = new Set()))
  if (group.size < 2_000) group.add(value)
}

/** Groups whose name fits a field: the field itself, its singular, or the ids of a list named like it. */
function groupsFor<T extends string | number>(pool: Pool, key: string | undefined, keep: (v: string | number) => v is T): T[][] {
  if (!key) return []
  const singular = key.replace(/s$/, '')
  const alias = pool.aliases[key]
  const names = [...pool.keyed.keys()].filter(
    (k) => k === alias || k === key || k === singular || k === `${key}.id` || k === `${key}.slug` || k.endsWith(`.${key}`) || k.endsWith(`.${singular}`),
  )
  return names.map((n) => [...pool.keyed.get(n)!].filter(keep)).filter((g) => g.length > 0)
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

const fitsString = (s: JsonSchema, v: string) =>
  (!s.enum || s.enum.includes(v)) &&
  v.length >= (s.minLength ?? 0) &&
  v.length <= (s.maxLength ?? Infinity) &&
  (!s.pattern || new RegExp(s.pattern, 'u').test(v))

function stringArbitrary(s: JsonSchema, pool: Pool, key?: string): fc.Arbitrary<string> {
  const fits = (v: string) => fitsString(s, v)
  const choices: fc.WeightedArbitrary<string>[] = []
  const belonging = [...new Set(groupsFor(pool, key, (v): v is string => typeof v === 'string' && fits(v)).flat())]
  if (belonging.length) choices.push({ arbitrary: fc.constantFrom(...belonging), weight: 6 })
  const known = [...new Set(pool.strings.filter(fits))]
  if (known.length) choices.push({ arbitrary: fc.constantFrom(...known), weight: 4 })
  const hostile = HOSTILE_STRINGS.filter(fits)
  if (hostile.length) choices.push({ arbitrary: fc.constantFrom(...hostile), weight: 2 })
  const max = Math.min(s.maxLength ?? 60, 60)
  const min = Math.min(s.minLength ?? 0, max)
  if (s.pattern) choices.push({ arbitrary: fc.stringMatching(new RegExp(s.pattern)).filter(fits), weight: 2 })
  else {
    choices.push({ arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }), weight: 2 })
    choices.push({ arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'binary' }), weight: 1 })
    // The longest string the schema allows, where that is cheap enough to store.
    if (s.maxLength !== undefined && s.maxLength <= 200_000) choices.push({ arbitrary: fc.constant('x'.repeat(s.maxLength)), weight: 1 })
  }
  return fc.oneof(...choices)
}

function integerArbitrary(s: JsonSchema, pool: Pool, key?: string): fc.Arbitrary<number> {
  const min = Math.max(s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1_000_000), Number.MIN_SAFE_INTEGER)
  const max = Math.min(s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000), Number.MAX_SAFE_INTEGER)
  const inRange = (v: string | number): v is number => typeof v === 'number' && v >= min && v <= max
  const known = pool.integers.filter(inRange)
  const belonging = groupsFor(pool, key, inRange).flat()
  const edges = [min, max, Math.min(max, Math.max(min, 0))]
  return fc.oneof(
    fc.integer({ min, max }),
    fc.constantFrom(...edges),
    ...(known.length ? [fc.constantFrom(...known)] : []),
    ...(belonging.length ? [{ arbitrary: fc.constantFrom(...belonging), weight: 3 }] : []),
  )
}

/** A generator of values that pass the schema (refinements JSON Schema cannot express aside). */
export function validArbitrary(s: JsonSchema, pool: Pool, key?: string): fc.Arbitrary<unknown> {
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives) return fc.oneof(...alternatives.map((a) => validArbitrary(a, pool, key)))
  if (s.allOf?.[0]) return validArbitrary(s.allOf[0], pool, key)
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => validArbitrary({ ...s, type: t }, pool, key)))
  switch (s.type) {
    case 'object': {
      const props = Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, validArbitrary(v, pool, k)]))
      const fixed = fc.record(props, { requiredKeys: s.required ?? [] })
      if (typeof s.additionalProperties !== 'object') return fixed
      const keys = s.propertyNames ? stringArbitrary(s.propertyNames, pool, key) : fc.string({ maxLength: 20 })
      const extra = fc.dictionary(keys, validArbitrary(s.additionalProperties, pool, key), { maxKeys: 4 })
      return fc.tuple(fixed, extra).map(([a, b]) => ({ ...b, ...a }))
    }
    case 'array': {
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((p) => validArbitrary(p, pool)))
      const min = s.minItems ?? 0
      const size = { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 6, 6)) }
      const anyItems = fc.array(validArbitrary(s.items ?? {}, pool, key), size)
      // A list drawn from one group (all concern ids, all treatment slugs) is the list a real screen sends.
      const items = s.items ?? {}
      const isItem = (v: string | number): v is string => typeof v === 'string' && fitsString(items, v)
      // The field's own groups; failing those, any list of ids or slugs.
      const own = groupsFor(pool, key, isItem)
      const lists = [...pool.keyed].filter(([k]) => /^\w+\.(id|slug)$/.test(k)).map(([, g]) => [...g].filter(isItem))
      const groups = items.type === 'string' ? (own.length ? own : lists).filter((g) => g.length >= Math.max(1, size.minLength)) : []
      if (!groups.length) return anyItems
      const coherent = fc
        .constantFrom(...groups)
        .chain((g) => fc.uniqueArray(fc.constantFrom(...g), { ...size, maxLength: Math.min(size.maxLength, g.length) }))
      return fc.oneof({ arbitrary: coherent, weight: 3 }, { arbitrary: anyItems, weight: 2 })
    }
    case 'string':
      return stringArbitrary(s, pool, key)
    case 'integer':
      return integerArbitrary(s, pool, key)
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

type Path = (string | number)[]

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at)
  if (value && typeof value === 'object' && at.length < 6) {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out)
  }
  return out
}

/** A copy of value with the node at path replaced (or removed when remove is set); the original is untouched. */
function setAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path as [string | number, ...Path]
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(Number(head), 1)
    else delete copy[head]
  } else copy[head] = setAt(copy[head], rest, replacement, remove)
  return copy
}

const hostileValue = fc.oneof(
  fc.constantFrom(...ALL_HOSTILE),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withSparseArray: true, withBoxedValues: true }),
)

/** Valid arguments bent one way: a field dropped, replaced, a dangerous key added, the whole wrapped. */
export function mutatedArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), hostileValue, fc.constantFrom(...DANGEROUS_KEYS), fc.nat({ max: 5 })).map(([v, pick, hostile, key, how]) => {
    const all = paths(v)
    const target = all[pick % all.length]!
    const objects = all.filter((p) => {
      const node = p.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], v)
      return node !== null && typeof node === 'object' && !Array.isArray(node)
    })
    const host = objects.length ? objects[pick % objects.length]! : []
    switch (how) {
      case 0: // a field of the wrong type, size or content
        return setAt(v, target, hostile)
      case 1: // a field missing
        return target.length ? setAt(v, target, undefined, true) : undefined
      case 2: // an extra field with a dangerous name, as JSON.parse would produce it
        return setAt(
          v,
          host,
          Object.assign(
            key === '__proto__' ? ownProtoKey(hostile === undefined ? null : { polluted: 'yes' }) : { [key]: hostile },
            host.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], v) as object,
          ),
        )
      case 3: // a harmless-looking extra field
        return setAt(v, host, { ...(host.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], v) as object), extra: hostile })
      case 4: // the whole payload wrapped
        return pick % 2 ? [v] : { args: v }
      default: // an object whose prototype (not own keys) carries the fields
        return Object.assign(Object.create(v && typeof v === 'object' ? v : null) as object, {})
    }
  })
}

/** The hostile mix for one channel: valid arguments, mutated ones and arbitrary values. */
export function payloadArbitrary(schema: z.ZodType, pool: Pool): fc.Arbitrary<unknown> {
  // JSON Schema cannot carry zod's refinements (real dates, no duplicates): of eight candidates, keep one the schema accepts.
  const candidate = validArbitrary(jsonSchemaOf(schema), pool)
  const valid = fc.array(candidate, { minLength: 8, maxLength: 8 }).map((c) => c.find((v) => schema.safeParse(v).success) ?? c[0])
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: mutatedArbitrary(valid), weight: 4 }, { arbitrary: hostileValue, weight: 2 })
}

/** Every string and integer in a value (answers of the API), filed under the key and the list it was found in. */
export function harvest(value: unknown, pool: Pool, key = '', list = '', depth = 0): void {
  if (depth > 8) return
  if (typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value))) {
    if (typeof value === 'string') pool.strings.push(value)
    else pool.integers.push(value)
    addKeyed(pool, key, value)
    if (list) addKeyed(pool, `${list}.${key}`, value)
  } else if (Array.isArray(value)) for (const v of value) harvest(v, pool, key, key, depth + 1)
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) harvest(v, pool, k, list, depth + 1)
}
