import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'
import { apiFor, tempFolder, type TempFolder } from '../support/user-data'

let kb: FixtureKb
let folder: TempFolder
let ctx: HandlerContext
beforeEach(() => {
  kb = fixtureKb()
  kb.compile()
  folder = tempFolder()
})
afterEach(() => {
  ctx.close()
  kb.dispose()
  folder.dispose()
})

describe("the start-up call ('app/start')", () => {
  it('answers with exactly what the separate channels give: meta, taxonomy, the filtered list, settings and selection', async () => {
    ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
    const call = apiFor(ctx)
    const first = (await call('catalog/list', {})).items[0]!
    await call('selection/set', { slugs: [first.slug] })
    await call('settings/set', { theme: 'dark' })
    const filters = { category: first.category }

    const started = await call('app/start', { filters })

    expect(started.meta).toEqual(await call('meta/get', {}))
    expect(started.taxonomy).toEqual(await call('taxonomy/get', {}))
    expect(started.list).toEqual(await call('catalog/list', filters))
    expect(started.settings).toEqual({ ok: true, value: await call('settings/get', {}) })
    expect(started.settings.ok && started.settings.value.theme).toBe('dark')
    expect(started.selection).toEqual({ ok: true, value: { slugs: [first.slug], missing: [] } })
  })

  it('leaves the list out when the app opens on another screen', async () => {
    ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
    expect(await apiFor(ctx)('app/start', {})).not.toHaveProperty('list')
  })

  it('still opens the handbook when the notebook cannot be reached, and says why for each part', async () => {
    ctx = createHandlerContext({ kbPath: kb.dbPath })
    const started = await apiFor(ctx)('app/start', {})
    expect(started.taxonomy.treatments.length).toBeGreaterThan(0)
    expect(started.settings).toMatchObject({ ok: false, error: { code: 'USER_DATA' } })
    expect(started.selection).toMatchObject({ ok: false, error: { code: 'USER_DATA' } })
  })

  it('refuses filters the list would refuse, with the same code', async () => {
    ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
    await expect(apiFor(ctx)('app/start', { filters: { category: 'no-such-category' } } as never)).rejects.toMatchObject({ info: { code: 'BAD_ARGUMENTS' } })
  })
})

describe('what changed since the previous release, kept off the start-up call', () => {
  it("answers 'meta/changelog' apart, and the start-up answer only says whether there is one", async () => {
    ctx = createHandlerContext({ kbPath: resolve(import.meta.dirname, '../../resources/handbook.db'), userDataDir: folder.dir })
    const call = apiFor(ctx)
    const started = await call('app/start', {})
    const log = await call('meta/changelog', {})
    expect(started.meta.hasChangelog).toBe(true)
    expect(JSON.stringify(started)).not.toContain('"changes"')
    expect(log?.changes.length).toBeGreaterThan(0)
    expect(log?.to).toBe(started.meta.contentVersion)
  })

  it('says there is none for a knowledge base without a previous release', async () => {
    ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
    const call = apiFor(ctx)
    expect((await call('meta/get', {})).hasChangelog).toBe(false)
    expect(await call('meta/changelog', {})).toBeNull()
  })
})
