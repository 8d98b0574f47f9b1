// Module resolution hooks for the boot test: the built main bundle's
// `import … from 'electron'` gets the recording fake, and its better-sqlite3
// a thin wrapper that remembers every database it opens (to see them closed).
const FAKE = new URL('./fake-electron.mjs', import.meta.url).href
const SQLITE = new URL('./recording-sqlite.mjs', import.meta.url).href

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true }
  if (specifier === 'better-sqlite3' && context.parentURL && !context.parentURL.startsWith(SQLITE)) return { url: SQLITE, shortCircuit: true }
  return next(specifier, context)
}
