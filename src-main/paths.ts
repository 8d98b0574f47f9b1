import { app } from 'electron'
import { join } from 'node:path'

/** Where bundled resources live: the knowledge base beside the asar when packaged, in the checkout in development. */
export function resourcePaths() {
  const root = app.getAppPath()
  return {
    kb: app.isPackaged ? join(process.resourcesPath, 'handbook.db') : join(root, 'resources', 'handbook.db'),
    renderer: join(root, 'out', 'renderer'),
    preload: join(root, 'out', 'preload', 'index.cjs'),
  }
}
