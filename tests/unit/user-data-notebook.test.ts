import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { LOGO_MAX_BYTES } from '../../src-main/core/user-data/schema'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'
import { apiFor, GIF_1PX, PNG_1PX, snapshotRows, tempFolder, type TempFolder } from '../support/user-data'

let kb: FixtureKb
let folder: TempFolder
let ctx: HandlerContext
let call: ReturnType<typeof apiFor>
beforeEach(() => {
  kb = fixtureKb()
  kb.compile()
  folder = tempFolder()
  ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
  call = apiFor(ctx)
})
afterEach(() => {
  vi.useRealTimers()
  ctx.close()
  kb.dispose()
  folder.dispose()
})

/** A new version of the knowledge base without the deep laser, opened by a fresh context (as after an app update). */
function updateHandbookDroppingDeepLaser() {
  ctx.close()
  rmSync(join(kb.contentDir, 'treatments/deep-laser.yaml'))
  kb.compile()
  ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
  call = apiFor(ctx)
}

describe('notes', () => {
  it('are saved, read back exactly and listed with the treatment name, newest first', async () => {
    const body = 'First line\n- **bullet**\n\nÜnïcödé ✓ 😀'
    // The clock is set, not waited on, so that the second note is newer whatever the clock's resolution.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-05-01T10:00:00.000Z'))
    const saved = await call('notes/save', { slug: 'deep-laser', body })
    expect(saved).toMatchObject({ slug: 'deep-laser', body })
    vi.setSystemTime(new Date('2024-05-01T10:01:00.000Z'))
    await call('notes/save', { slug: 'superficial-peel', body: 'peel note' })
    expect(await call('notes/get', { slug: 'deep-laser' })).toEqual(saved)
    const list = (await call('notes/list', {})).items
    expect(list.map((n) => [n.slug, n.name, n.inHandbook])).toEqual([
      ['superficial-peel', 'Superficial test peel', true],
      ['deep-laser', 'Deep test laser', true],
    ])
  })

  it('are found by words of the treatment name or the text, ignoring case and accents', async () => {
    await call('notes/save', { slug: 'deep-laser', body: 'Prophylaxis with valaciclovir. Patient préfère le matin.' })
    await call('notes/save', { slug: 'superficial-peel', body: 'Glycolic first.' })
    const find = async (query: string) => (await call('notes/list', { query })).items.map((n) => n.slug)
    expect(await find('VALACICLOVIR')).toEqual(['deep-laser'])
    expect(await find('prefere matin')).toEqual(['deep-laser'])
    expect(await find('test peel')).toEqual(['superficial-peel'])
    expect(await find('glycolic laser')).toEqual([])
  })

  it('disappear when emptied, rather than lingering blank', async () => {
    await call('notes/save', { slug: 'deep-laser', body: 'x' })
    expect(await call('notes/save', { slug: 'deep-laser', body: '  \n ' })).toBeNull()
    expect(await call('notes/get', { slug: 'deep-laser' })).toBeNull()
    expect(await call('notes/list', {})).toEqual({ items: [], total: 0 })
  })

  it('cannot be started on a treatment the handbook does not have', async () => {
    await expect(call('notes/save', { slug: 'no-such-treatment', body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(call('notes/save', { slug: 'Not A Slug', body: 'x' })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
  })

  it('survive a knowledge-base update that drops their treatment, marked as no longer in the handbook, and stay editable', async () => {
    await call('notes/save', { slug: 'deep-laser', body: 'my laser protocol' })
    await call('bookmarks/toggle', { slug: 'deep-laser' })
    updateHandbookDroppingDeepLaser()
    await expect(call('treatment/get', { slug: 'deep-laser' })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    const [note] = (await call('notes/list', {})).items
    expect(note).toMatchObject({ slug: 'deep-laser', name: 'Deep test laser', inHandbook: false, body: 'my laser protocol' })
    expect(await call('bookmarks/list', {})).toMatchObject([{ slug: 'deep-laser', name: 'Deep test laser', inHandbook: false }])

    await call('notes/save', { slug: 'deep-laser', body: 'my laser protocol, retired' })
    expect((await call('notes/get', { slug: 'deep-laser' }))?.body).toBe('my laser protocol, retired')
  })
})

describe('bookmarks', () => {
  it('toggle, and setting a state twice is harmless', async () => {
    expect(await call('bookmarks/toggle', { slug: 'deep-laser' })).toEqual({ slug: 'deep-laser', bookmarked: true })
    expect(await call('bookmarks/toggle', { slug: 'deep-laser', bookmarked: true })).toEqual({ slug: 'deep-laser', bookmarked: true })
    expect((await call('bookmarks/list', {})).map((b) => b.slug)).toEqual(['deep-laser'])
    expect(await call('bookmarks/toggle', { slug: 'deep-laser' })).toEqual({ slug: 'deep-laser', bookmarked: false })
    expect(await call('bookmarks/toggle', { slug: 'deep-laser', bookmarked: false })).toEqual({ slug: 'deep-laser', bookmarked: false })
    expect(await call('bookmarks/list', {})).toEqual([])
  })
})

describe('comparisons and the selection', () => {
  it('save by name, replacing a comparison of the same name in any letter case, and delete', async () => {
    const a = await call('comparisons/save', { name: 'Peel vs laser', slugs: ['superficial-peel', 'deep-laser'] })
    const b = await call('comparisons/save', { name: 'PEEL VS LASER', slugs: ['deep-laser', 'superficial-peel'] })
    expect(b.id).toBe(a.id)
    expect(await call('comparisons/list', {})).toMatchObject([{ name: 'PEEL VS LASER', slugs: ['deep-laser', 'superficial-peel'], missing: [] }])
    expect(await call('comparisons/delete', { id: a.id })).toEqual({ deleted: true })
    expect(await call('comparisons/list', {})).toEqual([])
  })

  it('refuse fewer than two, more than four or repeated treatments', async () => {
    await expect(call('comparisons/save', { name: 'one', slugs: ['deep-laser'] })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
    await expect(call('comparisons/save', { name: 'dup', slugs: ['deep-laser', 'deep-laser'] })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
    await expect(call('selection/set', { slugs: ['a', 'b', 'c', 'd', 'e'] })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
    await expect(call('comparisons/save', { name: '  ', slugs: ['deep-laser', 'superficial-peel'] })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
  })

  it('keep the selection in order across a restart, and report treatments the handbook dropped', async () => {
    expect(await call('selection/get', {})).toEqual({ slugs: [], missing: [] })
    await call('selection/set', { slugs: ['superficial-peel', 'deep-laser'] })
    await call('comparisons/save', { name: 'Both', slugs: ['superficial-peel', 'deep-laser'] })
    updateHandbookDroppingDeepLaser()
    expect(await call('selection/get', {})).toEqual({ slugs: ['superficial-peel'], missing: ['deep-laser'] })
    expect(await call('comparisons/list', {})).toMatchObject([{ name: 'Both', slugs: ['superficial-peel', 'deep-laser'], missing: ['deep-laser'] }])
  })
})

describe('settings', () => {
  it('start at their defaults, change one at a time and persist', async () => {
    expect(await call('settings/get', {})).toEqual({ theme: 'system', paperSize: 'a4', depthUnit: 'mm', contestedWaits: 'cautious' })
    expect(await call('settings/set', { theme: 'dark' })).toEqual({ theme: 'dark', paperSize: 'a4', depthUnit: 'mm', contestedWaits: 'cautious' })
    await call('settings/set', { paperSize: 'letter', depthUnit: 'um', contestedWaits: 'cautious' })
    ctx.close()
    ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
    expect(await apiFor(ctx)('settings/get', {})).toEqual({ theme: 'dark', paperSize: 'letter', depthUnit: 'um', contestedWaits: 'cautious' })
  })

  it('refuse values they do not know', async () => {
    await expect(call('settings/set', { theme: 'sepia' } as never)).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
    await expect(call('settings/set', { fontSize: 20 } as never)).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
  })

  it('fall back to the default for a stored value this version does not understand', async () => {
    const u = await ctx.user()
    u.db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"sepia\"'), ('paperSize', 'not json')").run()
    expect(await call('settings/get', {})).toEqual({ theme: 'system', paperSize: 'a4', depthUnit: 'mm', contestedWaits: 'cautious' })
  })
})

describe('clinic branding', () => {
  const details = { name: 'Clinique Lumière', address: '1 Rue de la Paix\n75002 Paris', phone: '+33 1 23 45 67 89' }

  it('stores the clinic details and a PNG logo, and gives them back', async () => {
    expect(await call('branding/get', {})).toEqual({ name: '', address: '', phone: '', logo: null, updatedAt: null })
    const saved = await call('branding/set', { ...details, logo: `data:image/png;base64,${PNG_1PX}` })
    expect(saved).toMatchObject({ ...details, logo: `data:image/png;base64,${PNG_1PX}` })
    expect(await call('branding/get', {})).toEqual(saved)
  })

  it('judges the logo by its bytes: a GIF named PNG, text, or a file over the limit is refused and nothing is written', async () => {
    await call('branding/set', { ...details, logo: null })
    const path = join(folder.dir, 'user.db')
    const before = snapshotRows(path)
    const tooBig = Buffer.alloc(LOGO_MAX_BYTES + 1)
    Buffer.from(PNG_1PX, 'base64').copy(tooBig)
    for (const logo of [
      `data:image/png;base64,${GIF_1PX}`,
      `data:image/png;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`,
      `data:image/png;base64,${tooBig.toString('base64')}`,
      'https://example.com/logo.png',
    ]) {
      await expect(call('branding/set', { ...details, name: 'Changed', logo })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
    }
    expect(snapshotRows(path)).toEqual(before)
  })
})
