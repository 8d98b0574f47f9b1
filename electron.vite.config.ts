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
    // Every component is <script setup>: without the Options API, Vue's runtime is smaller and quicker to parse at start.
    plugins: [vue({ features: { optionsAPI: false } }), cspMeta()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, the window parses about a third as much JavaScript at start.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
})
