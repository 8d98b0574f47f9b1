import { localToday } from '../../core/calendar'
import { checkProfile } from '../../core/screener'
import { deleteClientProfile, listClientProfiles, saveClientProfile } from '../../core/user-data/client-profiles'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

// Client profiles reach the notebook only through 'profiles/save', which the
// screener calls when the practitioner saves one under a label.
export const profileHandlers = {
  'profiles/list': (_args, ctx) => withUser(ctx, 'list the saved client profiles', (u) => listClientProfiles(u.db)),
  'profiles/save': (args, ctx) => {
    // A profile naming conditions or concerns this knowledge base lacks is refused before anything is written.
    checkProfile(ctx.kb(), args.profile, localToday())
    return withUser(ctx, 'save the client profile', (u) => saveClientProfile(u.db, args.label, args.profile))
  },
  'profiles/delete': (args, ctx) => withUser(ctx, 'delete the client profile', (u) => ({ deleted: deleteClientProfile(u.db, args.id) })),
} satisfies Partial<Handlers>
