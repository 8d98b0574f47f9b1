import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, watch } from 'vue'
import { ApiError, setApi, type HandbookApi } from '../../src-renderer/src/api/client'
import { latestRequest, ownedBy } from '../../src-renderer/src/api/request'
import { useTreatmentStore } from '../../src-renderer/src/stores/treatment'

// A server whose answers arrive when the test says so, in any order.
function slowServer() {
  const waiting = new Map<string, { answer: () => void; fail: (e: unknown) => void }>()
  const get = ({ slug }: { slug: string }) =>
    new Promise((resolve, reject) => {
      waiting.set(slug, { answer: () => resolve({ treatment: { slug, name: `Name of ${slug}` }, references: [] }), fail: reject })
    })
  setApi({ treatment: { get } } as unknown as HandbookApi)
  return waiting
}

// The smallest page that reads a treatment through its store, the way TreatmentView does.
const Page = defineComponent({
  props: { slug: { type: String, required: true } },
  setup(props) {
    const store = ownedBy(useTreatmentStore())
    watch(
      () => props.slug,
      (s) => void store.load(s),
      { immediate: true },
    )
    return () => h('h1', store.view?.treatment.name ?? (store.error ? `Error ${store.error.code}: ${store.error.message}` : 'Loading…'))
  },
})

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => setApi(undefined))

describe('the request helper stores use', () => {
  it('drops a stale answer: the page shows the treatment asked for last, whatever order the answers come in', async () => {
    const server = slowServer()
    const page = mount(Page, { props: { slug: 'glycolic-acid-peel' } })
    await page.setProps({ slug: 'microneedling' })
    server.get('microneedling')!.answer()
    await flushPromises()
    expect(page.text()).toBe('Name of microneedling')
    server.get('glycolic-acid-peel')!.answer() // the first answer arrives late
    await flushPromises()
    expect(page.text()).toBe('Name of microneedling')
  })

  it('drops the answer on its way when the page that asked has gone', async () => {
    const server = slowServer()
    const page = mount(Page, { props: { slug: 'glycolic-acid-peel' } })
    page.unmount()
    server.get('glycolic-acid-peel')!.answer()
    await flushPromises()
    expect(useTreatmentStore().view).toBeUndefined()
    expect(useTreatmentStore().loading).toBe(false)
  })

  it('gives every failure one shape, a code and a message', async () => {
    const server = slowServer()
    const page = mount(Page, { props: { slug: 'no-such-peel' } })
    server.get('no-such-peel')!.fail(new ApiError({ code: 'NOT_FOUND', message: 'No treatment is called "no-such-peel".' }))
    await flushPromises()
    expect(page.text()).toBe('Error NOT_FOUND: No treatment is called "no-such-peel".')

    const broken = latestRequest(() => Promise.reject(new TypeError('bridge gone')))
    const a = await broken.run(undefined)
    expect(a.kind === 'error' && [a.error instanceof ApiError, a.error.code, a.error.message]).toEqual([true, 'INTERNAL', 'bridge gone'])
  })

  it('keeps an answer current until a newer request starts', async () => {
    let release!: (v: number) => void
    const r = latestRequest((n: number) => (n === 1 ? new Promise<number>((res) => (release = res)) : Promise.resolve(n)))
    const first = r.run(1)
    release(1)
    const a = await first
    expect(a.kind === 'value' && a.current()).toBe(true)
    await r.run(2)
    expect(a.kind === 'value' && a.current()).toBe(false)
  })
})
