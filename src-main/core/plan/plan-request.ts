// The plan channels' arguments, validated at the border (the contract) and when a saved client record is read back (core).
import { z } from 'zod'
import { isRealDate } from '../handout-options'
import { PLAN_MAX_TREATMENTS } from './plan-types'
import { slug } from '../user-data/schema'

// A plan looks up to three years ahead; bounding the years (2000–2199) keeps that arithmetic inside the calendar.
// The pattern also tells the border's fuzzer what a date looks like; the refinement rejects 31 April and the like.
export const planDate = z
  .string()
  .regex(/^2[01]\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'The date must be a day between the years 2000 and 2199, written YYYY-MM-DD.')
  .refine(isRealDate, 'The date must be a real day written YYYY-MM-DD.')
const realDate = planDate

export const planRequest = z
  .object({
    slugs: z
      .array(slug)
      .min(1, 'Choose at least one treatment for the plan.')
      .max(PLAN_MAX_TREATMENTS, `A plan holds at most ${PLAN_MAX_TREATMENTS} treatments.`)
      .refine((s) => new Set(s).size === s.length, 'Each treatment can appear only once in a plan.'),
    start: realDate,
    eventDate: realDate.optional(),
    eventDaysBefore: z.number().int().min(0, 'The days before the event cannot be negative.').max(365).optional(),
    downtimeBudgetDays: z.number().int().min(0).max(365).optional(),
    deferrals: z
      .array(z.object({ slug, until: realDate.optional() }).strict())
      .max(50)
      .optional(),
    sessions: z
      .array(z.object({ slug, date: realDate }).strict())
      .max(200, 'A plan holds at most 200 sessions.')
      .optional(),
  })
  .strict()
export type PlanRequestArgs = z.infer<typeof planRequest>

export const planExportRequest = z.object({ request: planRequest, clientLabel: z.string().trim().max(80).optional() }).strict()
