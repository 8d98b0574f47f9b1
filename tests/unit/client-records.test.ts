// A client's record: kept only when saved under a label, restored whole, and
// forgotten so that user.db no longer holds the label; the backups made before
// say so and can be purged on request.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArgsOf, Channel, ResultOf } from '../../src-main/api/contract'
import { dispatch } from '../../src-main/api/dispatch'
import type { CandidateProfile } from '../../src-main/core/screener-profile'
import { handlers } from '../../src-main/api/handlers'
import { listBackups } from '../../src-main/core/user-data/backups'
import { handlerContextPerTest } from '../support/user-data'

const LABEL = 'Pseudonym Quartz-7731'
const profile: CandidateProfile = { age: 44, fitzpatrick: 'IV', glogau: 2, concerns: [], flags: [], injectionsAcceptable: true, energyDevicesAcceptable: true }
const plan = {
  slugs: ['deep-laser', 'superficial-peel'],
  start: '2028-02-28',
  eventDate: '2028-03-31',
  eventDaysBefore: 10,
  sessions: [{ slug: 'deep-laser', date: '2028-02-29' }],
}

const env = handlerContextPerTest()

async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const r = await dispatch(handlers, env.ctx, channel, args)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as ResultOf<C>
}
const fileHolds = (path: string, text: string) => existsSync(path) && readFileSync(path).includes(Buffer.from(text, 'utf8'))

describe('client records', () => {
  it('restores the screening, the plan and its schedule, the notes and the handouts given', async () => {
    const saved = await call('clients/save', {
      label: LABEL,
      screening: profile,
      plan,
      notes: 'Prefers mornings.',
      handouts: [{ givenOn: '2028-02-28', title: 'Plan handout', slugs: ['deep-laser'] }],
    })
    expect(await call('clients/list', {})).toEqual([{ id: saved.id, label: LABEL, updatedAt: saved.updatedAt }])
    const opened = await call('clients/get', { id: saved.id })
    expect(opened).toMatchObject({
      label: LABEL,
      screening: profile,
      plan,
      notes: 'Prefers mornings.',
      handouts: [{ givenOn: '2028-02-28', title: 'Plan handout', slugs: ['deep-laser'] }],
      unreadable: [],
    })
    // Saving again under the same label in another case replaces the record instead of adding one.
    await call('clients/save', { label: LABEL.toUpperCase(), screening: null, plan: null, notes: '', handouts: [] })
    expect(await call('clients/list', {})).toHaveLength(1)
  })

  it('refuses a plan naming a treatment this knowledge base lacks, and writes nothing', async () => {
    await expect(
      call('clients/save', { label: LABEL, screening: null, plan: { ...plan, slugs: ['nope'], sessions: [] }, notes: '', handouts: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(existsSync(join(env.dir, 'user.db'))).toBe(false)
  })

  it('forgets a client so that user.db no longer holds the label, says which backups still do, and purges them on request', async () => {
    const saved = await call('clients/save', { label: LABEL, screening: profile, plan, notes: 'Private note about Quartz.', handouts: [] })
    await call('profiles/save', { label: LABEL, profile })
    await call('notes/save', { slug: 'deep-laser', body: 'A note that must survive.' })
    // A backup copy made while the record existed.
    const u = await env.ctx.user()
    await u.backup('daily')
    expect(fileHolds(join(env.dir, 'user.db'), LABEL) || fileHolds(join(env.dir, 'user.db-wal'), LABEL)).toBe(true)

    // Every copy made so far (ours, and the daily one the notebook may have started itself) holds the client.
    const copies = listBackups(env.dir)
    expect(copies.length).toBeGreaterThanOrEqual(1)
    const forgot = await call('clients/forget', { id: saved.id })
    expect(forgot).toMatchObject({ deleted: true, label: LABEL, backups: { count: copies.length } })
    expect(forgot.backups.text).toMatch(/^\d+ backup cop(y|ies) made before now still hold this client\./)
    expect(forgot.backups.text).toMatch(/about 7 more days of use/)
    for (const f of ['user.db', 'user.db-wal']) expect(fileHolds(join(env.dir, f), LABEL), f).toBe(false)
    expect(fileHolds(join(env.dir, 'user.db'), 'Private note about Quartz')).toBe(false)
    expect(await call('clients/list', {})).toEqual([])
    expect(await call('profiles/list', {})).toEqual([])
    expect(await call('notes/get', { slug: 'deep-laser' })).toMatchObject({ body: 'A note that must survive.' })

    for (const c of copies) expect(fileHolds(c.path, LABEL)).toBe(true)
    const withNote = copies.filter((c) => fileHolds(c.path, 'A note that must survive.'))
    expect(withNote.length).toBeGreaterThanOrEqual(1)
    expect(await call('clients/purge-backups', { label: LABEL })).toEqual({ purged: copies.length, failed: [], remaining: 0 })
    for (const c of copies) expect(fileHolds(c.path, LABEL)).toBe(false)
    for (const c of withNote) expect(fileHolds(c.path, 'A note that must survive.')).toBe(true)
  })

  it('says plainly when no backup holds the client', async () => {
    const saved = await call('clients/save', { label: LABEL, screening: null, plan: null, notes: '', handouts: [] })
    expect((await call('clients/forget', { id: saved.id })).backups).toEqual({ count: 0, text: 'No backup copy holds this client.' })
    expect(await call('clients/forget', { id: saved.id })).toMatchObject({ deleted: false })
  })
})
