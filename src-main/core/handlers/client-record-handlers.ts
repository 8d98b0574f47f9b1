import { localToday } from '../calendar'
import { buildPlan } from '../plan/plan-builder'
import { checkProfile } from '../screener'
import { backupRetentionText, backupsHolding, purgeLabelFromBackups } from '../user-data/client-backups'
import { forgetClientRecord, getClientRecord, listClientRecords, saveClientRecord } from '../user-data/client-records'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

// A client's record reaches the notebook only through 'clients/save', when the practitioner saves it under a label.
export const clientRecordHandlers = {
  'clients/list': (_args, ctx) => withUser(ctx, 'list the client records', (u) => listClientRecords(u.db)),
  'clients/get': (args, ctx) => withUser(ctx, 'open the client record', (u) => getClientRecord(u.db, args.id)),
  'clients/save': (args, ctx) => {
    // A record naming conditions or treatments this knowledge base lacks is refused before anything is written.
    if (args.screening) checkProfile(ctx.kb(), args.screening, localToday())
    if (args.plan) buildPlan(ctx.kb(), args.plan)
    return withUser(ctx, 'save the client record', (u) => saveClientRecord(u.db, args))
  },
  'clients/forget': (args, ctx) =>
    withUser(ctx, 'forget the client', (u) => {
      const { deleted, label } = forgetClientRecord(u.db, args.id)
      const holding = label ? backupsHolding(u.folder, label, ctx.nativeBinding) : []
      return { deleted, label, backups: { count: holding.length, text: backupRetentionText(holding) } }
    }),
  'clients/purge-backups': (args, ctx) =>
    withUser(ctx, 'remove the client from the backups', (u) => {
      const r = purgeLabelFromBackups(u.folder, args.label, ctx.nativeBinding)
      return { ...r, remaining: backupsHolding(u.folder, args.label, ctx.nativeBinding).length }
    }),
} satisfies Partial<Handlers>
