import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { HandbookBridge } from '../../src-main/api/handbook-api'
import { createApi, setApi } from '../../src-renderer/src/api/client'
import { useCompareStore } from '../../src-renderer/src/stores/compare'
import CompareView from '../../src-renderer/src/views/CompareView.vue'

/** A notebook holding `saved` as its selection, and a comparison of whatever is asked; every call is recorded. */
function notebook(saved: string[]) {
  const calls: { channel: string; args: unknown }[] = []
  const answer = (channel: string, args: unknown): unknown => {
    if (channel === 'selection/get') return { slugs: saved, missing: [] }
    if (channel === 'selection/set') return { slugs: (saved = (args as { slugs: string[] }).slugs), missing: [] }
    if (channel === 'comparisons/list') return []
    if (channel === 'compare/get') {
      const slugs = (args as { slugs: string[] }).slugs
      return {
        columns: slugs.map((slug, i) => ({ slug, name: `Treatment ${slug}`, typicalMinMm: i * 0.1, typicalMaxMm: i * 0.1 + 0.05, depthMaxMm: i * 0.1 + 0.05 })),
        missing: [],
        rows: [],
        depthOrder: slugs,
      }
    }
    throw new Error(`${channel} is not expected in this test.`)
  }
  const api = new Proxy(
    {},
    {
      get: (_t, domain: string) =>
        new Proxy(
          {},
          {
            get: (_u, verb: string) => async (args: unknown) => {
              const channel = `${domain}/${verb}`
              calls.push({ channel, args })
              return { ok: true, value: answer(channel, args) }
            },
          },
        ),
    },
  ) as HandbookBridge
  setApi(createApi(api))
  return {
    saves: () => calls.filter((c) => c.channel === 'selection/set').map((c) => (c.args as { slugs: string[] }).slugs),
    saved: () => saved,
    /** The notebook changes under the app, as an import does. */
    replaceSaved: (next: string[]) => (saved = next),
  }
}

/** The comparison screen at `path`; `restoreFirst` says whether the notebook's selection arrived before the page opened (a later visit) or after (a cold start on a link). */
async function openAt(path: string, restoreFirst = true) {
  const compare = useCompareStore()
  if (restoreFirst) await compare.restore()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/compare', component: CompareView },
      { path: '/:other(.*)*', component: { render: () => null } },
    ],
  })
  await router.push(path)
  const replace = vi.spyOn(router, 'replace')
  const wrapper = mount(CompareView, { global: { plugins: [router] } })
  if (!restoreFirst) await compare.restore()
  await flushPromises()
  const columns = () => wrapper.findAll('thead th[data-slug]').map((th) => th.attributes('data-slug'))
  const button = (name: string) => wrapper.findAll('button').find((b) => b.text() === name)
  const addressSlugs = () => router.currentRoute.value.query.t
  return { wrapper, router, replace, compare, columns, button, addressSlugs }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(undefined))

describe('the comparison selection has one owner', () => {
  it('a link with another set replaces the selection once, offers the old one back, and Undo restores it in the notebook and the address', async () => {
    const nb = notebook(['a', 'b', 'c'])
    const v = await openAt('/compare?t=d,e')
    expect(v.columns()).toEqual(['d', 'e'])
    expect(v.wrapper.find('[data-testid="compare-undo"]').text()).toContain('replaced your previous selection: a, b, c.')
    expect(nb.saves()).toEqual([['d', 'e']])
    expect(v.replace).not.toHaveBeenCalled() // the address already says d,e

    await v.button('Undo')!.trigger('click')
    await flushPromises()
    expect(v.columns()).toEqual(['a', 'b', 'c'])
    expect(nb.saves()).toEqual([
      ['d', 'e'],
      ['a', 'b', 'c'],
    ])
    expect(nb.saved()).toEqual(['a', 'b', 'c'])
    expect(v.replace).toHaveBeenCalledTimes(1)
    expect(v.addressSlugs()).toBe('a,b,c')
    expect(v.button('Undo')).toBeUndefined()
    expect(v.wrapper.find('[data-testid="compare-undo"]').text()).toContain('Your previous selection is back')
  })

  it('decides against the notebook even when the link opens the app, before the selection has arrived', async () => {
    const nb = notebook(['a', 'b'])
    const v = await openAt('/compare?t=c,d', false)
    expect(v.columns()).toEqual(['c', 'd'])
    expect(v.compare.replaced).toEqual({ previous: ['a', 'b'], by: ['c', 'd'] })
    expect(nb.saves()).toEqual([['c', 'd']])
    expect(v.replace).not.toHaveBeenCalled()
  })

  it('"Keep this one" keeps the link\'s comparison and saves nothing more', async () => {
    const nb = notebook(['a', 'b'])
    const v = await openAt('/compare?t=c,d')
    await v.button('Keep this one')!.trigger('click')
    await flushPromises()
    expect(v.button('Undo')).toBeUndefined()
    expect(v.columns()).toEqual(['c', 'd'])
    expect(nb.saves()).toEqual([['c', 'd']])
    expect(v.replace).not.toHaveBeenCalled()
  })

  it('a link naming the selection, or a bare address, opens it without a save or an offer', async () => {
    const nb = notebook(['a', 'b'])
    const same = await openAt('/compare?t=a,b')
    expect(same.columns()).toEqual(['a', 'b'])
    expect(same.button('Undo')).toBeUndefined()
    expect(same.replace).not.toHaveBeenCalled()
    same.wrapper.unmount()

    const bare = await openAt('/compare')
    expect(bare.columns()).toEqual(['a', 'b'])
    expect(bare.replace).toHaveBeenCalledTimes(1)
    expect(bare.addressSlugs()).toBe('a,b')
    expect(nb.saves()).toEqual([])
  })

  it('one change makes one save and one address update, and nothing bounces back', async () => {
    const nb = notebook(['a', 'b', 'c'])
    const v = await openAt('/compare?t=a,b,c')
    await v.button('×')!.trigger('click') // remove the first column
    await flushPromises()
    await flushPromises()
    expect(v.columns()).toEqual(['b', 'c'])
    expect(nb.saves()).toEqual([['b', 'c']])
    expect(v.replace).toHaveBeenCalledTimes(1)
    expect(v.addressSlugs()).toBe('b,c')

    // A change from elsewhere (the tray, a treatment page) while the comparison is open: the same, once each.
    v.compare.add('d')
    await flushPromises()
    expect(nb.saves()).toEqual([
      ['b', 'c'],
      ['b', 'c', 'd'],
    ])
    expect(v.replace).toHaveBeenCalledTimes(2)
    expect(v.addressSlugs()).toBe('b,c,d')
  })

  it('back to an older address offers back the selection it replaces', async () => {
    const nb = notebook(['a', 'b'])
    const v = await openAt('/compare?t=a,b')
    await v.router.push('/compare?t=c,d')
    await flushPromises()
    expect(v.compare.replaced?.previous).toEqual(['a', 'b'])
    await v.button('Undo')!.trigger('click')
    await flushPromises()
    expect(nb.saved()).toEqual(['a', 'b'])
    expect(v.addressSlugs()).toBe('a,b')
    expect(nb.saves()).toHaveLength(2)
  })

  it('after an import changes the notebook, the screen and the address show the imported selection, and nothing is written back', async () => {
    const nb = notebook(['a', 'b'])
    const v = await openAt('/compare?t=a,b')
    nb.replaceSaved(['e', 'f'])
    await v.compare.reload()
    await flushPromises()
    expect(v.columns()).toEqual(['e', 'f'])
    expect(v.addressSlugs()).toBe('e,f')
    expect(v.replace).toHaveBeenCalledTimes(1)
    expect(nb.saves()).toEqual([])
  })
})
