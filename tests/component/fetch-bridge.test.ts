import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createApi } from '../../src-renderer/src/api/client'
import { createFetchBridge } from '../../src-renderer/src/api/fetch-bridge'

afterEach(() => vi.unstubAllGlobals())

describe('the preview bridge and the API client', () => {
  it('posts domain/verb calls with the token and unwraps results', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { n: 1 } }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const api = createApi(createFetchBridge('tok', '/api/'))
    await expect(api.treatment.get({ slug: 'prp' })).resolves.toEqual({ n: 1 })
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/treatment/get',
      expect.objectContaining({ method: 'POST', body: '{"slug":"prp"}', headers: expect.objectContaining({ 'X-Handbook-Token': 'tok' }) }),
    )
  })

  it('turns an error envelope into an ApiError with its code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'No treatment "x".' } }))),
    )
    const api = createApi(createFetchBridge('tok', '/api/'))
    const err = await api.treatment.get({ slug: 'x' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'No treatment "x".' })
  })

  it('explains a refused or unreachable server instead of failing silently', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 401 })),
    )
    await expect(createApi(createFetchBridge('bad', '/api/')).meta.get({})).rejects.toThrow('refused the call (401)')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    await expect(createApi(createFetchBridge('tok', '/api/')).meta.get({})).rejects.toThrow('not reachable')
  })

  it('gives each HTTP refusal its own code, as the desktop bridge would, never INTERNAL', async () => {
    const codes: Record<number, string> = {
      400: 'BAD_REQUEST',
      401: 'FORBIDDEN',
      403: 'FORBIDDEN',
      404: 'UNKNOWN_CHANNEL',
      405: 'BAD_REQUEST',
      413: 'BAD_ARGUMENTS',
      415: 'BAD_REQUEST',
      500: 'INTERNAL',
    }
    for (const [status, code] of Object.entries(codes)) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response('no', { status: Number(status) })),
      )
      const err = await createApi(createFetchBridge('tok', '/api/'))
        .meta.get({})
        .catch((e: unknown) => e)
      expect(err, `status ${status}`).toMatchObject({ code, message: expect.stringContaining(`(${status})`) })
    }
  })
})
