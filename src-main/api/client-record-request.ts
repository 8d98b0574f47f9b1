// The client-record channels' arguments, validated at the border.
import { z } from 'zod'
import { slug } from '../core/user-data/schema'
import { planDate, planRequest } from './plan-request'
import { candidateProfile } from './screener-profile'

export const CLIENT_NOTES_MAX = 20_000

export const clientLabel = z.string().trim().min(1, 'The record needs a label or pseudonym.').max(80, 'A label is limited to 80 characters.')

export const clientRecordInput = z
  .object({
    label: clientLabel,
    screening: candidateProfile.nullable(),
    plan: planRequest.nullable(),
    notes: z.string().max(CLIENT_NOTES_MAX, `Notes are limited to ${CLIENT_NOTES_MAX.toLocaleString('en')} characters.`),
    handouts: z
      .array(
        z
          .object({
            givenOn: planDate,
            title: z.string().trim().min(1).max(200),
            slugs: z.array(slug).min(1).max(5),
          })
          .strict(),
      )
      .max(200),
  })
  .strict()
