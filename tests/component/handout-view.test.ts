import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { HandbookBridge } from '../../src-main/api/handbook-api'
import type { ErrorInfo } from '../../src-main/core/handbook-error'
import type { Handout } from '../../src-main/core/handout-types'
import { createApi, setApi } from '../../src-renderer/src/api/client'
import HandoutView from '../../src-renderer/src/views/HandoutView.vue'

const HANDOUT: Handout = {
  kind: 'single',
  title: 'Glycolic acid peel',
  subtitle: 'Information for you to keep',
  sections: ['about', 'aftercare'],
  treatments: [
    { slug: 'glycolic-acid-peel', name: 'Glycolic acid peel', about: 'A fruit acid peel.', aftercare: [{ when: 'Day 0–2', text: 'Use sunscreen.' }] },
  ],
  clinic: { name: 'Harbour Skin Clinic', address: ['14 Quay Street'], phone: '0117 496 0321' },
  disclaimer: 'General information.',
  contentVersion: 'test',
  fileName: 'Handout - Glycolic acid peel.pdf',
}

/** window.handbook as the desktop app would give it, answering each channel as the test says. */
function bridge(answers: Record<string, (args: unknown) => { ok: true; value: unknown } | { ok: false; error: ErrorInfo }>) {
  const calls: { channel: string; args: unknown }[] = []
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
              return answers[channel]?.(args) ?? { ok: false, error: { code: 'INTERNAL', message: `${channel} is not expected in this test.` } }
            },
          },
        ),
    },
  ) as HandbookBridge
  return { api, calls }
}

async function open(answers: Parameters<typeof bridge>[0], path = '/handout?t=glycolic-acid-peel') {
  const b = bridge({
    'handout/build': () => ({ ok: true, value: HANDOUT }),
    'branding/get': () => ({
      ok: true,
      value: { name: 'Harbour Skin Clinic', address: '14 Quay Street', phone: '0117 496 0321', logo: null, updatedAt: null },
    }),
    'settings/get': () => ({ ok: true, value: { theme: 'system', paperSize: 'a4', depthUnit: 'mm' } }),
    ...answers,
  })
  setApi(createApi(b.api))
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/handout', component: HandoutView }] })
  await router.push(path)
  const wrapper = mount(HandoutView, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, calls: b.calls }
}

const button = (w: Awaited<ReturnType<typeof open>>['wrapper'], name: string) => w.findAll('button').find((b) => b.text() === name)!

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  setApi(undefined)
  vi.unstubAllGlobals()
  delete document.body.dataset.handoutReady
})

describe('the handout screen', () => {
  it('signals the print window once the sheet is built and drawn', async () => {
    const { wrapper } = await open({})
    expect(wrapper.find('article.handout-sheet').text()).toContain('Harbour Skin Clinic')
    expect(document.body.dataset.handoutReady).toBe('true')
  })

  it('keeps the sheet on screen and says why when the PDF cannot be written', async () => {
    const message =
      'The PDF was not saved: the disk holding "/media/usb" is full. Nothing was changed, and the handout is still open; choose another place to save it.'
    const { wrapper, calls } = await open({ 'print/handout-pdf': () => ({ ok: false, error: { code: 'WRITE_FAILED', message } }) })
    await button(wrapper, 'Save as PDF').trigger('click')
    await flushPromises()
    expect(wrapper.find('.outcome[role="alert"]').text()).toBe(message)
    expect(wrapper.find('article.handout-sheet').text()).toContain('Use sunscreen.')
    expect(button(wrapper, 'Save as PDF').attributes('disabled')).toBeUndefined()
    expect(calls.find((c) => c.channel === 'print/handout-pdf')!.args).toEqual({
      request: { slugs: ['glycolic-acid-peel'], clientName: '', date: '', practitionerNote: '' },
      paper: 'a4',
    })
  })

  it('says where the PDF was saved', async () => {
    const { wrapper } = await open({ 'print/handout-pdf': () => ({ ok: true, value: { saved: true, path: '/home/ana/Documents/Handout.pdf' } }) })
    await button(wrapper, 'Save as PDF').trigger('click')
    await flushPromises()
    expect(wrapper.find('.outcome').text()).toBe('Saved as /home/ana/Documents/Handout.pdf')
  })

  it('prints through the browser where there is no desktop print dialog', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const { wrapper } = await open({ 'print/handout-dialog': () => ({ ok: false, error: { code: 'NOT_AVAILABLE', message: 'Not in the preview.' } }) })
    await button(wrapper, 'Print').trigger('click')
    await flushPromises()
    expect(print).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('.outcome').exists()).toBe(false)
  })

  it('shows the treatment picker for an empty plan', async () => {
    const { wrapper, calls } = await open({}, '/handout?t=')
    expect(wrapper.text()).toContain('Tick one treatment for a single handout')
    expect(calls.some((c) => c.channel === 'handout/build')).toBe(false)
  })
})
