// The schema of resources/content/combinations.yaml: class rules over treatment
// properties and specific rules over named pairs (see the file's header comment).
import { z } from 'zod'
import { PROPERTY_IDS } from '../safety/properties'
import { SAME_DAY } from '../combinations/combination-types'

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')
const text = z.string().trim().min(1, 'must not be empty')
const refs = z.array(id).min(1, 'needs at least one reference id')
const days = z.number().int().min(0).max(3650)

const gapDays = z.object({ aThenB: days, bThenA: days }).strict()

const side = z.union([
  z.object({ slugs: z.array(id).min(1) }).strict(),
  z.object({ when: z.array(z.enum(PROPERTY_IDS)).min(1), unless: z.array(z.enum(PROPERTY_IDS)).default([]) }).strict(),
])

const ruleSchema = z
  .object({
    id,
    a: side,
    b: side,
    sameDay: z.enum(SAME_DAY),
    gapDays,
    why: text,
    refs,
    conflict: z
      .object({
        summary: text,
        positions: z.array(z.object({ stance: text, gapDays, refs }).strict()).min(2, 'a conflict needs at least two positions'),
      })
      .strict()
      .optional(),
  })
  .strict()
  // One policy for contested facts: the rule's own gaps are the most cautious cited position.
  .refine((r) => !r.conflict || r.conflict.positions.every((p) => p.gapDays.aThenB <= r.gapDays.aThenB && p.gapDays.bThenA <= r.gapDays.bThenA), {
    message: 'a position asks for a longer gap than the rule; the rule must follow the most cautious position',
    path: ['gapDays'],
  })

/** A line of the pre-treatment checklist (checklist.yaml), keyed by the condition it asks about. */
export const checklistItemSchema = z.object({ id, statement: text, dated: z.boolean().default(false) }).strict()
export type ChecklistItem = z.infer<typeof checklistItemSchema>

export const combinationsFileSchema = z.object({ classRules: z.array(ruleSchema).default([]), pairRules: z.array(ruleSchema).default([]) }).strict()

export type CombinationRule = z.infer<typeof ruleSchema>
export type CombinationSide = z.infer<typeof side>
export type CombinationsFile = z.infer<typeof combinationsFileSchema>
