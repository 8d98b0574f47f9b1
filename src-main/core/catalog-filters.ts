// The catalogue's filters: the 'catalog/list' arguments, which the core's catalogue
// reads as they are. Defined here (not in the contract) so core never imports the border.
import { z } from 'zod'
import { CATEGORIES, FITZPATRICK_TYPES, MECHANISM_IDS } from '../../src-shared/taxonomy'
import { slug as id } from './user-data/schema'

export const catalogFilters = z
  .object({
    mechanism: z.enum(MECHANISM_IDS).optional(),
    category: z.enum(CATEGORIES).optional(),
    concern: id.optional(),
    layer: id.optional(),
    maxDowntimeDays: z.number().int().min(0).max(365).optional(),
    maxSessions: z.number().int().min(1).max(50).optional(),
    fitzpatrick: z.enum(FITZPATRICK_TYPES).optional(),
  })
  .strict()
export type CatalogFilters = z.infer<typeof catalogFilters>
