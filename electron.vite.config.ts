import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { META_CONTENT_SECURITY_POLICY } from './src-main/security/policy'

/** Puts the CSP into index.html from the one policy the main process also sends as a header. */
function cspMeta(): Plugin {
  return {
    name: 'handbook-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        // The dev server injects inline styles and a websocket; the relaxed policy exists only there.
        const policy = ctx.server
          ? META_CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:")
          : META_CONTENT_SECURITY_POLICY
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`)
      },
    },
  }
}

/**
 * Links the app's code from index.html as well as the entry's: main.ts sends the start-up call and then imports
 * mount.ts, and without these links the browser would ask for that chunk (and its styles) only once the entry had
 * run, a second round of loading before anything shows. A modulepreload fetches and compiles a module without running it.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'handbook-preload-app-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const { bundle, chunk: entry } = ctx
        if (!bundle || !entry) return
        const js = new Set<string>()
        const css = new Set<string>()
        const add = (file: string) => {
          const chunk = bundle[file]
          if (chunk?.type !== 'chunk' || js.has(file) || file === entry.fileName) return
          js.add(file)
          chunk.viteMetadata?.importedCss.forEach((f) => css.add(f))
          chunk.imports.forEach(add)
        }
        for (const file of entry.dynamicImports) {
          const chunk = bundle[file]
          if (chunk?.type === 'chunk' && chunk.moduleIds.some((id) => id.endsWith('/src-renderer/src/mount.ts'))) add(file)
        }
        if (!js.size) throw new Error('handbook-preload-app-chunk: the entry no longer imports mount.ts dynamically; update the plugin or index.html')
        return [
          ...[...js].map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
          ...[...css].map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ]
      },
    },
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file that requires nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [vue(), cspMeta(), preloadAppChunk()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the window parses about a third as much JavaScript at start.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
})
