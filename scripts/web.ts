// npm run web [-- --port 5199 --data-dir DIR] : the browser preview on 127.0.0.1.
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startPreviewServer } from '../src-main/preview/server'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } })
// Notes written in the preview persist between runs unless another folder is named.
const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.skin-rejuvenation-handbook-preview'))
const server = await startPreviewServer({
  rendererDir: resolve(root, 'out/renderer'),
  kbPath: resolve(root, 'resources/handbook.db'),
  dataDir,
  port: values.port ? Number(values.port) : 5199,
})
console.log(`Skin Rejuvenation Handbook preview: open ${server.url}  (Ctrl+C to stop)\nNotes and settings: ${dataDir}`)
process.on('SIGINT', () => void server.close().then(() => process.exit(0)))
