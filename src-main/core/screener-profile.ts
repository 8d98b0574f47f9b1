// The client's profile as the screener receives it. Pure zod + types: the
// renderer imports it for its form, the contract for validation at the border.
import { z } from 'zod'
import { FITZPATRICK_TYPES, GLOGAU_MAX, GLOGAU_MIN } from '../../src-shared/taxonomy'
import { AGE_MAX, AGE_MIN } from '../../src-shared/screener-limits'

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id such as "keloid-tendency"')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
const distinct = (xs: string[]) => new Set(xs).size === xs.length

export const candidateProfile = z
  .object({
    age: z.number().int().min(AGE_MIN, `age must be at least ${AGE_MIN}`).max(AGE_MAX, `age must be at most ${AGE_MAX}`),
    fitzpatrick: z.enum(FITZPATRICK_TYPES),
    glogau: z.number().int().min(GLOGAU_MIN).max(GLOGAU_MAX),
    /** Concern ids, most important first. */
    concerns: z.array(id).max(20).refine(distinct, 'a concern is listed twice'),
    /** Contraindication and caution ids from the knowledge base that apply to this client. */
    flags: z.array(id).max(40).refine(distinct, 'a condition is listed twice'),
    /** The day a time-limited condition last applied, by flag id: the last isotretinoin dose, the day of a sunburn. */
    endedOn: z.record(id, isoDate).optional(),
    /** The longest downtime the client accepts, in days; absent means any. */
    maxDowntimeDays: z.number().int().min(0).max(365).optional(),
    injectionsAcceptable: z.boolean(),
    energyDevicesAcceptable: z.boolean(),
  })
  .strict()

export type CandidateProfile = z.infer<typeof candidateProfile>
