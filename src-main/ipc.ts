import { ipcMain } from 'electron'
import { CHANNELS } from './api/contract'
import { dispatch } from './api/dispatch'
import type { HandlerContext } from './api/handlers/context'
import { handlers } from './api/handlers'
import { isAppUrl } from './security/policy'
import { FOREIGN_CALLER } from '../src-shared/refusals'

/** Binds every channel of the contract; calls from any frame but the app's own are refused. */
export function registerIpc(ctx: HandlerContext, devServerUrl?: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      const sender = event.senderFrame?.url ?? ''
      if (!isAppUrl(sender, devServerUrl)) {
        return { ok: false, error: FOREIGN_CALLER }
      }
      return dispatch(handlers, ctx, channel, args)
    })
  }
}
