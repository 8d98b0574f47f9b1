import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlerContext, type HandlerContext } from '../../src-main/api/handlers/context'
import { listBackups } from '../../src-main/core/user-data/backups'
import { EXPORT_FORMAT } from '../../src-main/core/user-data/export-format'
import { exportUserData } from '../../src-main/core/user-data/export-import'
import { USER_SCHEMA_VERSION } from '../../src-main/core/user-data/migrations'
import { saveNote } from '../../src-main/core/user-data/notes'
import { openUserDb } from '../../src-main/core/user-data/open-user-db'
import { fixtureKb, type FixtureKb } from '../support/fixture-kb'
import { apiFor, GIF_1PX, PNG_1PX, snapshotRows, tempFolder, type TempFolder } from '../support/user-data'

let kb: FixtureKb
const folders: TempFolder[] = []
const contexts: HandlerContext[] = []
beforeEach(() => {
  kb = fixtureKb()
  kb.compile()
})
afterEach(() => {
  for (const c of contexts.splice(0)) c.close()
  for (const f of folders.splice(0)) f.dispose()
  kb.dispose()
})

/** A separate notebook (as on another computer) over the same knowledge base. */
function notebook() {
  const folder = tempFolder()
  folders.push(folder)
  const ctx = createHandlerContext({ kbPath: kb.dbPath, userDataDir: folder.dir })
  contexts.push(ctx)
  return { call: apiFor(ctx), ctx, path: join(folder.dir, 'user.db'), folder: folder.dir }
}
type Notebook = ReturnType<typeof notebook>

async function fill(n: Notebook) {
  await n.call('notes/save', { slug: 'deep-laser', body: 'Line one\n- **bold** point\n\n  indented, trailing space \nÜnïcödé ✓ 😀 "quotes" \\ backslash' })
  await n.call('notes/save', { slug: 'superficial-peel', body: 'peel' })
  await n.call('bookmarks/toggle', { slug: 'superficial-peel' })
  await n.call('comparisons/save', { name: 'Résurfaçage', slugs: ['deep-laser', 'superficial-peel'] })
  await n.call('selection/set', { slugs: ['superficial-peel', 'deep-laser'] })
  await n.call('profiles/save', {
    label: 'Mrs B., May',
    profile: { age: 52, fitzpatrick: 'IV', glogau: 3, concerns: [], flags: [], injectionsAcceptable: true, energyDevicesAcceptable: false },
  })
  await n.call('settings/set', { theme: 'dark', depthUnit: 'um' })
  await n.call('branding/set', { name: 'Clinic', address: 'Street 1\nTown', phone: '123', logo: `data:image/png;base64,${PNG_1PX}` })
}

const withoutDate = (json: string) => ({ ...JSON.parse(json), exportedAt: 'x' })

describe('export → import round trip', () => {
  it('gives back exactly the same notebook in a new place', async () => {
    const a = notebook()
    await fill(a)
    const exported = await a.call('userdata/export', {})
    expect(exported.fileName).toMatch(/^handbook-notes-\d{4}-\d{2}-\d{2}\.json$/)

    const b = notebook()
    await b.call('userdata/import', { json: exported.json, mode: 'replace' })
    const again = await b.call('userdata/export', {})
    expect(JSON.parse(exported.json).clientProfiles).toMatchObject([{ label: 'Mrs B., May', profile: { age: 52, fitzpatrick: 'IV' } }])
    expect(withoutDate(again.json)).toEqual(withoutDate(exported.json))
    expect(snapshotRows(b.path)).toEqual(snapshotRows(a.path))
  })

  it('keeps any note text, whatever characters it holds', async () => {
    const folder = tempFolder()
    folders.push(folder)
    const u = await openUserDb(folder.dir)
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0),
          async (body) => {
            saveNote(u.db, 'deep-laser', body, 'Deep test laser')
            const file = JSON.stringify(exportUserData(u.db))
            const b = notebook()
            await b.call('userdata/import', { json: file, mode: 'replace' })
            expect((await b.call('notes/get', { slug: 'deep-laser' }))?.body).toBe(body)
          },
        ),
        { numRuns: 25 },
      )
    } finally {
      u.close()
    }
  })

  it('changes nothing when the same file is merged back in', async () => {
    const a = notebook()
    await fill(a)
    const { json } = await a.call('userdata/export', {})
    const before = snapshotRows(a.path)
    const preview = await a.call('userdata/preview-import', { json, mode: 'merge' })
    expect(preview.empty).toBe(true)
    await a.call('userdata/import', { json, mode: 'merge' })
    expect(snapshotRows(a.path)).toEqual(before)
  })
})

describe('import preview and modes', () => {
  async function twoNotebooks() {
    const here = notebook()
    const there = notebook()
    await there.call('notes/save', { slug: 'deep-laser', body: 'old text from there' })
    await here.call('notes/save', { slug: 'superficial-peel', body: 'only here' })
    await here.call('notes/save', { slug: 'deep-laser', body: 'newer text here' })
    await here.call('settings/set', { theme: 'light' })
    await there.call('settings/set', { theme: 'dark', paperSize: 'letter' })
    await there.call('bookmarks/toggle', { slug: 'deep-laser' })
    return { here, there }
  }

  it('merge adds what is missing, keeps the newer note and this computer’s settings, exactly as previewed', async () => {
    const { here, there } = await twoNotebooks()
    const { json } = await there.call('userdata/export', {})
    const preview = await here.call('userdata/preview-import', { json, mode: 'merge' })
    // The newer note here is kept, and the preview says so rather than counting it as unchanged.
    expect(preview.notes).toEqual({ added: [], updated: [], removed: [], kept: [{ key: 'deep-laser', label: 'Deep test laser' }], unchanged: 0 })
    expect(preview.bookmarks.added).toEqual([{ key: 'deep-laser', label: 'Deep test laser' }])
    expect(preview.settingsChanged).toEqual(['paperSize'])
    expect(preview.settingChanges).toEqual([{ key: 'paperSize', from: 'a4', to: 'letter' }])
    expect(preview.empty).toBe(false)

    const result = await here.call('userdata/import', { json, mode: 'merge' })
    expect(result.preview).toEqual(preview)
    expect((await here.call('notes/get', { slug: 'deep-laser' }))?.body).toBe('newer text here')
    expect((await here.call('notes/get', { slug: 'superficial-peel' }))?.body).toBe('only here')
    expect(await here.call('settings/get', {})).toMatchObject({ theme: 'light', paperSize: 'letter' })
    expect((await here.call('bookmarks/list', {})).map((b) => b.slug)).toEqual(['deep-laser'])
  })

  it('merge takes a note that is newer in the file', async () => {
    const { here, there } = await twoNotebooks()
    await there.call('notes/save', { slug: 'deep-laser', body: 'newest text, from there' })
    const { json } = await there.call('userdata/export', {})
    const preview = await here.call('userdata/preview-import', { json, mode: 'merge' })
    expect(preview.notes.updated).toEqual([{ key: 'deep-laser', label: 'Deep test laser' }])
    await here.call('userdata/import', { json, mode: 'merge' })
    expect((await here.call('notes/get', { slug: 'deep-laser' }))?.body).toBe('newest text, from there')
  })

  it('replace lists what it removes, then makes the notebook exactly the file, with a backup taken first', async () => {
    const { here, there } = await twoNotebooks()
    const { json } = await there.call('userdata/export', {})
    const preview = await here.call('userdata/preview-import', { json, mode: 'replace' })
    expect(preview.notes.removed).toEqual([{ key: 'superficial-peel', label: 'Superficial test peel' }])
    expect(preview.notes.updated).toEqual([{ key: 'deep-laser', label: 'Deep test laser' }])
    expect(preview.settingsChanged.sort()).toEqual(['paperSize', 'theme'])
    expect(preview.settingChanges).toEqual(
      expect.arrayContaining([
        { key: 'theme', from: 'light', to: 'dark' },
        { key: 'paperSize', from: 'a4', to: 'letter' },
      ]),
    )

    const before = snapshotRows(here.path)
    const result = await here.call('userdata/import', { json, mode: 'replace' })
    expect(listBackups(here.folder).some((b) => b.kind === 'pre-import' && b.path === result.backupPath)).toBe(true)
    expect(snapshotRows(result.backupPath)).toEqual(before)
    expect(snapshotRows(here.path)).toEqual(snapshotRows(there.path))
  })
})

describe('a bad import file', () => {
  const valid = () => ({
    format: EXPORT_FORMAT,
    schemaVersion: USER_SCHEMA_VERSION,
    exportedAt: '2024-05-01T10:00:00.000Z',
    notes: [{ slug: 'deep-laser', body: 'imported', treatmentName: null, createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z' }],
    bookmarks: [],
    comparisons: [],
    selection: [],
    settings: {},
    branding: null,
  })
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"format": "skin-rejuvenation-handbook/user-data", notes: [', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a JSON list', '[1, 2, 3]', /not a Skin Rejuvenation Handbook export/],
    ['another program’s JSON', JSON.stringify({ notes: [] }), /not a Skin Rejuvenation Handbook export/],
    ['a file from a newer version', JSON.stringify({ ...valid(), schemaVersion: USER_SCHEMA_VERSION + 1, novelty: true }), /newer version of the handbook/],
    ['a note on a malformed slug', JSON.stringify({ ...valid(), notes: [{ ...valid().notes[0], slug: '../etc' }] }), /notes\.0\.slug/],
    ['the same note twice', JSON.stringify({ ...valid(), notes: [valid().notes[0], valid().notes[0]] }), /appears twice/],
    ['a note without its date', JSON.stringify({ ...valid(), notes: [{ slug: 'deep-laser', body: 'x' }] }), /updatedAt/],
    ['an unknown field', JSON.stringify({ ...valid(), extra: 1 }), /damaged or was edited/],
    [
      'a GIF as logo',
      JSON.stringify({
        ...valid(),
        branding: { name: 'C', address: '', phone: '', logo: `data:image/png;base64,${GIF_1PX}`, updatedAt: '2024-05-01T10:00:00.000Z' },
      }),
      /logo/,
    ],
  ]

  it.each(cases)('is refused whole, with the reason, when it is %s; nothing changes and no backup is made', async (_what, json, reason) => {
    const n = notebook()
    await fill(n)
    const before = snapshotRows(n.path)
    const backups = listBackups(n.folder).length
    for (const mode of ['merge', 'replace'] as const) {
      await expect(n.call('userdata/preview-import', { json, mode })).rejects.toMatchObject({ code: 'IMPORT_REJECTED', message: expect.stringMatching(reason) })
      await expect(n.call('userdata/import', { json, mode })).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
        message: expect.stringContaining('Nothing was imported or changed'),
      })
    }
    expect(snapshotRows(n.path)).toEqual(before)
    expect(listBackups(n.folder).length).toBe(backups)
  })

  it('is accepted once correct (the cases above fail only for their own reason)', async () => {
    const n = notebook()
    await n.call('userdata/import', { json: JSON.stringify(valid()), mode: 'merge' })
    expect((await n.call('notes/get', { slug: 'deep-laser' }))?.body).toBe('imported')
  })

  it('from an earlier version, without the fields added since, still imports', async () => {
    const n = notebook()
    const v1 = {
      format: EXPORT_FORMAT,
      schemaVersion: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      notes: [{ slug: 'deep-laser', body: 'v1 note', updatedAt: '2024-01-01T00:00:00.000Z' }],
    }
    await n.call('userdata/import', { json: JSON.stringify(v1), mode: 'merge' })
    expect(await n.call('notes/get', { slug: 'deep-laser' })).toMatchObject({ body: 'v1 note', createdAt: '2024-01-01T00:00:00.000Z' })
  })
})

describe('the import preview names every change', () => {
  it('says a merge keeps a newer note here even when nothing else would change', async () => {
    const here = notebook()
    const there = notebook()
    await there.call('notes/save', { slug: 'deep-laser', body: 'older, from there' })
    await here.call('notes/save', { slug: 'deep-laser', body: 'newer, here' })
    const { json } = await there.call('userdata/export', {})
    const preview = await here.call('userdata/preview-import', { json, mode: 'merge' })
    expect(preview.empty).toBe(true)
    expect(preview.notes.kept).toEqual([{ key: 'deep-laser', label: 'Deep test laser' }])
  })

  it('lists the selection and clinic details a replace changes, with before and after', async () => {
    const here = notebook()
    const there = notebook()
    await here.call('selection/set', { slugs: ['deep-laser', 'superficial-peel'] })
    await here.call('branding/set', { name: 'Here Clinic', address: '', phone: '', logo: null })
    const { json } = await there.call('userdata/export', {})
    const preview = await here.call('userdata/preview-import', { json, mode: 'replace' })
    expect(preview.selection).toEqual({ from: ['deep-laser', 'superficial-peel'], to: [] })
    expect(preview.branding).toEqual({ from: 'Here Clinic', to: null })
    expect(preview.empty).toBe(false)
  })
})
