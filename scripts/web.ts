// npm run web [-- --port 5199 --data-dir DIR] : the browser preview on 127.0.0.1.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startPreviewServer } from '../src-main/preview/server'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } })
const server = await startPreviewServer({
  rendererDir: resolve(root, 'out/renderer'),
  kbPath: resolve(root, 'resources/handbook.db'),
  dataDir: values['data-dir'] ? resolve(values['data-dir']) : undefined,
  port: values.port ? Number(values.port) : 5199,
})
console.log(`Skin Rejuvenation Handbook preview: open ${server.url}  (Ctrl+C to stop)`)
process.on('SIGINT', () => void server.close().then(() => process.exit(0)))
