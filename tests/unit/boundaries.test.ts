// The layer rules of eslint.boundaries.js (DESIGN.md §6) run on small snippets
// placed, by file path, in each layer: every wrong arrow is refused by the
// boundary rule and every allowed one passes, so the rules cannot silently go slack.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../security/support/source-files'

const eslint = new ESLint({ cwd: ROOT })
const RULE = '@typescript-eslint/no-restricted-imports'

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === RULE || m.fatal).map((m) => m.message)
}

const vue = (script: string) => `<script setup lang="ts">\n${script}\nconst _x = 1\n</script>\n<template><p>x</p></template>\n`

/** [layer file, import line, why it is wrong] */
const WRONG: [string, string, string][] = [
  ['src-main/core/fixture.ts', "import { app } from 'electron'", 'core → electron'],
  ['src-main/core/user-data/fixture.ts', "import { ipcMain } from 'electron/main'", 'core → electron (subpath)'],
  ['src-main/core/fixture.ts', "import { api } from '../../src-renderer/src/api/client'", 'core → renderer'],
  ['src-main/core/fixture.ts', "import type { Channel } from '../api/contract'", 'core → api, even type-only'],
  ['src-main/core/user-data/fixture.ts', "import { handlers } from '../../api/handlers'", 'core → api handlers'],
  ['src-main/api/fixture.ts', "import { ipcMain } from 'electron'", 'api → electron'],
  ['src-main/api/handlers/fixture.ts', "import { useCompareStore } from '../../../src-renderer/src/stores/compare'", 'api → renderer'],
  ['src-main/ipc.ts', "import { api } from '../src-renderer/src/api/client'", 'glue → renderer'],
  ['src-main/preview/server.ts', "import { api } from '../../src-renderer/src/api/client'", 'preview glue → renderer'],
  ['src-main/preload/index.ts', "import { CHANNELS } from '../api/contract'", 'preload bundles the contract (zod)'],
  ['src-main/preload/index.ts', "import { z } from 'zod'", 'preload bundles zod'],
  ['src-renderer/src/stores/fixture.ts', "import type { Settings } from '../../../src-main/core/user-data/schema'", 'renderer → core, even type-only'],
  ['src-renderer/src/stores/fixture.ts', "import { NOTE_MAX_CHARS } from '../../../src-main/core/user-data/limits'", 'renderer → core value'],
  ['src-renderer/src/stores/fixture.ts', "import { contract } from '../../../src-main/api/contract'", 'renderer → api value'],
  ['src-renderer/src/stores/fixture.ts', "import type { HandlerContext } from '../../../src-main/api/handlers/context'", 'renderer → api handlers'],
  ['src-renderer/src/lib/fixture.ts', "import { startPreviewServer } from '../../../src-main/preview/server'", 'renderer → glue'],
  ['src-renderer/src/lib/fixture.ts', "import { ipcRenderer } from 'electron'", 'renderer → electron'],
  ['src-renderer/src/lib/fixture.ts', "import { z } from 'zod'", 'renderer → zod'],
  ['src-renderer/src/components/Fixture.vue', "import { localToday } from '../../../src-main/core/calendar'", 'renderer component → core'],
  ['src-shared/fixture.ts', "import { z } from 'zod'", 'shared → zod'],
  ['src-shared/fixture.ts', "import type { Channel } from '../src-main/api/contract'", 'shared → api'],
  ['src-shared/fixture.ts', "import { readFileSync } from 'node:fs'", 'shared → Node'],
]

/** [layer file, import line, why it is allowed] */
const RIGHT: [string, string, string][] = [
  ['src-main/core/fixture.ts', "import { FITZPATRICK_TYPES } from '../../src-shared/taxonomy'", 'core → shared'],
  [
    'src-main/core/user-data/fixture.ts',
    "import { z } from 'zod'\nimport { slug } from './schema'\nimport { candidateProfile } from '../screener-profile'",
    'core → zod and core',
  ],
  [
    'src-main/api/handlers/fixture.ts',
    "import { buildComparison } from '../../core/compare'\nimport type { Channel } from '../contract'",
    'api → core and api',
  ],
  [
    'src-main/ipc.ts',
    "import { dispatch } from './api/dispatch'\nimport { ipcMain } from 'electron'\nimport { HandbookError } from './core/handbook-error'",
    'glue → api, core, electron',
  ],
  [
    'src-main/preload/index.ts',
    "import { contextBridge } from 'electron'\nimport type { HandbookBridge } from '../api/handbook-api'\nimport { buildBridge } from '../../src-shared/bridge'",
    'preload → shared, type-only api',
  ],
  [
    'src-renderer/src/stores/fixture.ts',
    "import type { CatalogList } from '../../../src-main/api/types'\nimport { NOTE_MAX_CHARS } from '../../../src-shared/limits'",
    'renderer → type-only api, shared',
  ],
  [
    'src-renderer/src/components/Fixture.vue',
    "import type { Reference } from '../../../src-main/api/types'\nimport { FITZPATRICK_TYPES } from '../../../src-shared/taxonomy'",
    'renderer component → type-only api, shared',
  ],
  ['src-shared/fixture.ts', "import { CHANNELS } from './channels'", 'shared → shared'],
]

const source = (file: string, line: string) => (file.endsWith('.vue') ? vue(line) : `${line}\nexport {}\n`)

describe('the layer boundaries in npm run lint', () => {
  it.each(WRONG)('%s refuses %s (%s)', async (file, line) => {
    const errors = await boundaryErrors(file, source(file, line))
    expect(errors.length, errors.join('\n')).toBeGreaterThan(0)
    expect(errors.every((m) => m.includes('restricted'))).toBe(true)
  })

  it.each(RIGHT)('%s allows %s (%s)', async (file, line) => {
    expect(await boundaryErrors(file, source(file, line))).toEqual([])
  })
})
