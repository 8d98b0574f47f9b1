// The browser preview for the benchmark: scripts/web.ts's server, but over the
// snapshot of the build the benchmark took, so an `electron-vite build` run
// by someone else meanwhile cannot swap the files under a measurement.
// Usage: node --import tsx bench/serve-preview.ts <rendererDir> <kbPath> <dataDir>
import { startPreviewServer } from '../src-main/preview/server'

const [rendererDir, kbPath, dataDir] = process.argv.slice(2)
if (!rendererDir || !kbPath || !dataDir) throw new Error('usage: serve-preview.ts <rendererDir> <kbPath> <dataDir>')
const server = await startPreviewServer({ rendererDir, kbPath, dataDir, port: 0 })
console.log(`preview: open ${server.url}`)
process.on('SIGINT', () => void server.close().then(() => process.exit(0)))
