// The layers of DESIGN.md §6, as lint rules: each folder may import only what
// the arrows allow. `npm run lint` refuses any other arrow, and
// tests/unit/boundaries.test.ts proves each rule fires on a wrong import.
//
//   shared (src-shared)       ◀── everyone; imports nothing but itself
//   core   (src-main/core)    ──▶ shared            never electron, renderer or api
//   api    (src-main/api)     ──▶ core, shared      never electron or renderer
//   glue   (src-main/*, preload, preview, security) ──▶ api, core, shared; never renderer
//   renderer (src-renderer)   ──▶ shared, and type-only imports of src-main/api's result types
//
// Patterns are gitignore-style and match the import's text, so they name folders
// as they appear in relative paths ("../../src-main/core/x", "../api/types").

const RULE = '@typescript-eslint/no-restricted-imports'

const electron = { group: ['electron', 'electron/*'], message: 'Only the Electron glue (src-main/*.ts, preload) may import electron.' }
const renderer = { group: ['**/src-renderer/**'], message: 'Main-process code never imports the renderer.' }

/** @type {import('eslint').Linter.Config[]} */
export const boundaries = [
  {
    name: 'boundaries/shared',
    files: ['src-shared/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [{ regex: String.raw`^(?!\./)`, message: 'src-shared is the floor: it imports nothing but its own files (no zod, no Node, no src-main).' }],
        },
      ],
    },
  },
  {
    name: 'boundaries/core',
    files: ['src-main/core/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            electron,
            renderer,
            {
              group: ['**/api', '**/api/**'],
              message: 'The core never imports the api layer (api → core, one way); define shared shapes in core or src-shared.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'boundaries/api',
    files: ['src-main/api/**/*.ts'],
    rules: { [RULE]: ['error', { patterns: [electron, renderer] }] },
  },
  {
    name: 'boundaries/glue',
    files: ['src-main/*.ts', 'src-main/preview/**/*.ts', 'src-main/security/**/*.ts'],
    rules: { [RULE]: ['error', { patterns: [renderer] }] },
  },
  {
    name: 'boundaries/preload',
    files: ['src-main/preload/**/*.ts'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            renderer,
            // The sandboxed preload bundles what it imports: the channel list and bridge builder, never the contract's schemas.
            {
              group: ['zod', '**/api/contract', '**/core/**'],
              allowTypeImports: true,
              message: 'The preload reads src-shared/channels.ts and src-shared/bridge.ts; zod and the schemas stay in the main process.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'boundaries/renderer',
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.vue'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            electron,
            // A file directly in src-main/api (contract, types, handbook-api): types only.
            {
              regex: String.raw`(^|/)src-main/api/[^/]+$`,
              allowTypeImports: true,
              message: 'The renderer takes only types from src-main/api (import type); values come from src-shared.',
            },
            // Anything else in src-main (core, handlers, glue): not even types.
            {
              regex: String.raw`(^|/)src-main/(?!api/[^/]+$)`,
              message: 'The renderer imports src-shared and, type-only, src-main/api; never the core, the handlers or the glue.',
            },
            { group: ['zod', 'better-sqlite3', 'node:*'], message: 'The renderer runs in a sandboxed window: no zod, SQLite or Node modules.' },
          ],
        },
      ],
    },
  },
]
