/// <reference lib="dom" />
// The yardstick for the cold-load figure: the least a Vue 3 + Pinia page can do
// to show the handbook's treatment list. To compare like with like it is served
// by the same preview server (bench/bare-page.ts), makes one fetch of the same
// list the app shows first, draws the same card markup over the app's own base
// styles, and marks the frame after the list is rendered the same way.
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h, nextTick, onMounted, ref } from 'vue'
import type { CatalogList } from '../../src-main/api/types'
import { CATEGORY_LABELS, formatMm, formatRange } from '../../src-renderer/src/lib/labels'
import '../../src-renderer/src/styles/tokens.css'
import '../../src-renderer/src/styles/base.css'

const useItems = defineStore('items', () => {
  const list = ref<CatalogList>()
  async function load() {
    const token = document.querySelector<HTMLMetaElement>('meta[name="handbook-preview-token"]')?.content ?? ''
    const res = await fetch('./api/catalog/list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Handbook-Token': token }, body: '{}' })
    const envelope = (await res.json()) as { ok: boolean; value?: CatalogList }
    list.value = envelope.value
  }
  return { list, load }
})

type Item = CatalogList['items'][number]
const card = (t: Item) =>
  h('article', { class: 'tcard card', key: t.slug, 'data-slug': t.slug }, [
    h('div', { class: 'top' }, [
      h('p', { class: 'cat small muted' }, CATEGORY_LABELS[t.category]),
      h('button', { type: 'button', class: 'compare-btn', 'aria-pressed': false }, ['+ Compare', h('span', { class: 'visually-hidden' }, ` ${t.name}`)]),
    ]),
    h('h3', [h('a', { class: 'heading-link', href: `#/treatments/${t.slug}` }, t.name)]),
    h('p', { class: 'summary small' }, t.summary),
    h(
      'div',
      { class: 'chips' },
      t.mechanisms.map((m) => h('span', { key: m.id, class: ['chip', { accent: m.role === 'primary' }] }, m.id)),
    ),
    h('dl', { class: 'facts small' }, [
      h('div', [h('dt', 'Depth'), h('dd', `${formatMm(t.depthMinMm)}–${formatMm(t.depthMaxMm)}`)]),
      h('div', [h('dt', 'Downtime'), h('dd', formatRange(t.downtimeDays, 'days'))]),
      h('div', [h('dt', 'Sessions'), h('dd', formatRange(t.sessions, 'sessions').replace(/ sessions?$/, ''))]),
    ]),
  ])

const App = defineComponent({
  setup() {
    const store = useItems()
    onMounted(async () => {
      await store.load()
      await nextTick()
      requestAnimationFrame(() => performance.mark('bare:list-painted'))
    })
    return () => h('main', [h('h1', 'Treatments'), h('div', { class: 'grid' }, (store.list?.items ?? []).map(card))])
  },
})

createApp(App).use(createPinia()).mount('#app')
