// Saved client profiles: kept only when the practitioner saves one under a
// label; screening alone never touches the notebook.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ArgsOf, Channel, ResultOf } from '../../src-main/api/contract'
import { dispatch } from '../../src-main/api/dispatch'
import type { CandidateProfile } from '../../src-main/core/screener-profile'
import type { Handlers } from '../../src-main/api/handlers/handler-types'
import { profileHandlers } from '../../src-main/api/handlers/profile-handlers'
import { screenerHandlers } from '../../src-main/api/handlers/screener-handlers'
import { handlerContextPerTest } from '../support/user-data'

const mine = { ...screenerHandlers, ...profileHandlers } as Handlers
const profile: CandidateProfile = {
  age: 44,
  fitzpatrick: 'IV',
  glogau: 2,
  concerns: ['acne-scars', 'fine-lines'],
  flags: ['isotretinoin'],
  endedOn: { isotretinoin: '2026-01-15' },
  maxDowntimeDays: 3,
  injectionsAcceptable: false,
  energyDevicesAcceptable: true,
}

const env = handlerContextPerTest()

async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const r = await dispatch(mine, env.ctx, channel, args)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value as ResultOf<C>
}
const rows = () => {
  const db = new Database(join(env.dir, 'user.db'), { readonly: true })
  try {
    return db.prepare('SELECT label, profile FROM client_profiles').all() as { label: string; profile: string }[]
  } finally {
    db.close()
  }
}

describe('client profiles', () => {
  it('are not written anywhere by screening: the notebook file is not even created', async () => {
    await call('screener/run', { profile: { ...profile, endedOn: undefined, flags: [] } })
    expect(existsSync(join(env.dir, 'user.db'))).toBe(false)
  })

  it('are saved under a label, listed and read back exactly', async () => {
    const saved = await call('profiles/save', { label: 'Mrs K — acne scars', profile })
    expect(saved).toMatchObject({ label: 'Mrs K — acne scars', profile })
    expect(await call('profiles/list', {})).toEqual([saved])
  })

  it('replace the profile saved under the same label in any letter case', async () => {
    await call('profiles/save', { label: 'Client A', profile })
    const again = await call('profiles/save', { label: 'client a', profile: { ...profile, age: 45 } })
    expect(again).toMatchObject({ label: 'client a', profile: { age: 45 } })
    expect(rows()).toHaveLength(1)
  })

  it('are deleted by id, and deleting again reports nothing deleted', async () => {
    const saved = await call('profiles/save', { label: 'To delete', profile })
    expect(await call('profiles/delete', { id: saved.id })).toEqual({ deleted: true })
    expect(await call('profiles/delete', { id: saved.id })).toEqual({ deleted: false })
    expect(await call('profiles/list', {})).toEqual([])
  })

  it('refuse an empty label or a condition this handbook does not know, writing nothing', async () => {
    await call('profiles/save', { label: 'Kept', profile })
    await expect(call('profiles/save', { label: '   ', profile })).rejects.toMatchObject({ code: 'BAD_ARGUMENTS' })
    await expect(call('profiles/save', { label: 'Bad', profile: { ...profile, flags: ['keloid-tendency'] } })).rejects.toMatchObject({
      code: 'BAD_ARGUMENTS',
      message: expect.stringContaining('no condition "keloid-tendency"'),
    })
    expect(rows().map((r) => r.label)).toEqual(['Kept'])
  })

  it('keep a stored profile this version cannot read, listed without its contents so it can be deleted', async () => {
    await call('profiles/save', { label: 'Old', profile })
    const db = new Database(join(env.dir, 'user.db'))
    db.prepare('UPDATE client_profiles SET profile = \'{"age":"forty"}\'').run()
    db.close()
    expect(await call('profiles/list', {})).toMatchObject([{ label: 'Old', profile: null }])
  })
})
