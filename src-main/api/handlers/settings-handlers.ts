import { getBranding, setBranding } from '../../core/user-data/branding'
import { getSettings, setSettings } from '../../core/user-data/settings'
import type { Handlers } from './handler-types'
import { withUser } from './with-user'

export const settingsHandlers = {
  'settings/get': (_args, ctx) => withUser(ctx, 'read your settings', (u) => getSettings(u.db)),
  'settings/set': (args, ctx) => withUser(ctx, 'save your settings', (u) => setSettings(u.db, args)),
  'branding/get': (_args, ctx) => withUser(ctx, 'read the clinic details', (u) => getBranding(u.db)),
  'branding/set': (args, ctx) => withUser(ctx, 'save the clinic details', (u) => setBranding(u.db, args)),
} satisfies Partial<Handlers>
