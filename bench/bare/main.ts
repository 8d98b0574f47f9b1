/// <reference lib="dom" />
// The yardstick for the cold-load figure: the least a Vue 3 + Pinia page can
// do to show a list of 42 items, built by Vite like the renderer and marked
// the same way (the frame after the list is rendered).
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h, nextTick, onMounted, ref } from 'vue'

const useItems = defineStore('items', () => {
  const items = ref(Array.from({ length: 42 }, (_, i) => ({ id: i, name: `Treatment ${i + 1}`, summary: `What treatment ${i + 1} does, in one line.` })))
  return { items }
})

const App = defineComponent({
  setup() {
    const store = useItems()
    onMounted(async () => {
      await nextTick()
      requestAnimationFrame(() => performance.mark('bare:list-painted'))
    })
    return () =>
      h('main', [
        h('h1', 'Treatments'),
        h('ul', store.items.map((t) => h('li', { key: t.id }, [h('strong', t.name), h('p', t.summary)]))),
      ])
  },
})

createApp(App).use(createPinia()).mount('#app')
