import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { ContentError, ContentErrors } from './content-error'
import { checklistItemSchema, combinationsFileSchema, type ChecklistItem, type CombinationsFile } from './combination-schema'
import {
  concernSchema,
  contraindicationSchema,
  glossarySchema,
  guideSchema,
  layerSchema,
  mechanismSchema,
  referenceSchema,
  treatmentSchema,
  type Concern,
  type Contraindication,
  type GlossaryEntry,
  type Guide,
  type Layer,
  type Mechanism,
  type Reference,
  type TreatmentSource,
} from './schema'

export interface ContentSet {
  layers: Layer[]
  mechanisms: Mechanism[]
  concerns: Concern[]
  contraindications: Contraindication[]
  references: Reference[]
  glossary: GlossaryEntry[]
  guides: Guide[]
  treatments: TreatmentSource[]
  /** Combination rules (combinations.yaml); empty when the file is absent. */
  combinations: CombinationsFile
  /** The pre-treatment checklist's statements (checklist.yaml). */
  checklist: ChecklistItem[]
  /** Where each record came from, for error messages: "<kind>:<id>" → file. */
  origin: Map<string, string>
  /** The raw bytes of every source, in a stable order, for the content hash. */
  sources: { file: string; text: string }[]
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f))
}

function recordName(value: unknown, index: number): string {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>
    const key = v.slug ?? v.id
    if (typeof key === 'string') return key
  }
  return `#${index + 1}`
}

/**
 * Parses YAML text; a syntax error becomes a ContentError naming the line, and
 * so does a document that cannot become data (an alias bomb, a cycle).
 */
export function parseYaml(file: string, text: string, errors: ContentError[]): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!
    const line = e.linePos?.[0]?.line
    errors.push(new ContentError(file, '', line ? `line ${line}` : '', `invalid YAML: ${e.message.split('\n')[0]}`))
    return undefined
  }
  try {
    return doc.toJS()
  } catch (e) {
    errors.push(new ContentError(file, '', '', `YAML that cannot be read as data: ${(e as Error).message}`))
    return undefined
  }
}

function parseRecords<S extends z.ZodType>(file: string, data: unknown, schema: S, errors: ContentError[]): z.infer<S>[] {
  if (data === undefined) return []
  const items = Array.isArray(data) ? data : [data]
  const out: z.infer<S>[] = []
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item)
    if (parsed.success) {
      out.push(parsed.data)
      return
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.join('.') : ''
      errors.push(new ContentError(file, recordName(item, i), field, issue.message))
    }
  })
  return out
}

/** combinations.yaml is one object of two rule lists, read whole (absent: no rules, every pair "no data"). */
function readCombinations(root: string, sources: ContentSet['sources'], errors: ContentError[]): CombinationsFile {
  const file = 'combinations.yaml'
  const empty: CombinationsFile = { classRules: [], pairRules: [] }
  if (!existsSync(join(root, file))) return empty
  const text = readFileSync(join(root, file), 'utf8')
  sources.push({ file, text })
  const data = parseYaml(file, text, errors)
  if (data === undefined) return empty
  const parsed = combinationsFileSchema.safeParse(data)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    // Name the rule by its id where the path points into a list.
    const [list, index, ...rest] = issue.path
    const rule = typeof index === 'number' ? ((data as Record<string, { id?: string }[]>)[String(list)]?.[index]?.id ?? `${String(list)} #${index + 1}`) : ''
    errors.push(new ContentError(file, rule, (typeof index === 'number' ? rest : issue.path).join('.'), issue.message))
  }
  return empty
}

/**
 * Reads and schema-checks every source file under `root`. Cross-record rules
 * (unknown ids, duplicates, depth against layers) are checked by validateContent.
 */
export function loadContent(root: string): ContentSet {
  const errors: ContentError[] = []
  const sources: ContentSet['sources'] = []
  const origin = new Map<string, string>()

  const read = <S extends z.ZodType>(files: string[], schema: S, kind: string, oneRecordPerFile = false) => {
    const all: z.infer<S>[] = []
    for (const path of files) {
      const file = relative(root, path)
      const text = readFileSync(path, 'utf8')
      sources.push({ file, text })
      const data = parseYaml(file, text, errors)
      if (oneRecordPerFile && Array.isArray(data)) {
        errors.push(new ContentError(file, '', '', 'must hold one record, not a list'))
        continue
      }
      for (const record of parseRecords(file, data, schema, errors)) {
        const key = (record as { slug?: string; id?: string }).slug ?? (record as { id: string }).id
        if (origin.has(`${kind}:${key}`)) {
          errors.push(new ContentError(file, key, kind === 'treatment' ? 'slug' : 'id', `duplicate ${kind} id (also in ${origin.get(`${kind}:${key}`)})`))
          continue
        }
        origin.set(`${kind}:${key}`, file)
        all.push(record)
      }
    }
    return all
  }
  const one = (name: string) => (existsSync(join(root, name)) ? [join(root, name)] : [])

  const content: ContentSet = {
    layers: read(one('layers.yaml'), layerSchema, 'layer'),
    mechanisms: read(one('mechanisms.yaml'), mechanismSchema, 'mechanism'),
    concerns: read(one('concerns.yaml'), concernSchema, 'concern'),
    // One condition per file: each holds its reasoning and the class rules that decide it for every treatment.
    contraindications: read(listYaml(join(root, 'conditions')), contraindicationSchema, 'contraindication', true),
    glossary: read(one('glossary.yaml'), glossarySchema, 'glossary'),
    references: read(listYaml(join(root, 'references')), referenceSchema, 'reference'),
    guides: read(listYaml(join(root, 'guides')), guideSchema, 'guide'),
    treatments: read(listYaml(join(root, 'treatments')), treatmentSchema, 'treatment', true),
    combinations: readCombinations(root, sources, errors),
    checklist: read(one('checklist.yaml'), checklistItemSchema, 'checklist'),
    origin,
    sources,
  }
  for (const path of listYaml(join(root, 'treatments'))) {
    const file = relative(root, path)
    const expected = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '')
    const t = content.treatments.find((x) => origin.get(`treatment:${x.slug}`) === file)
    if (t && t.slug !== expected) errors.push(new ContentError(file, t.slug, 'slug', `must match the file name "${expected}"`))
  }
  if (errors.length) throw new ContentErrors(errors)
  return content
}
