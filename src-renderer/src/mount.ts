// The app itself: Vue, Pinia, the router and the first screen. main.ts imports it after start-early.ts has sent the start-up call.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createHandbookRouter } from './router'

const app = createApp(App)
app.use(createPinia())
const router = createHandbookRouter()
app.use(router)
app.config.errorHandler = (err) => {
  // A render error must never leave a blank window: App.vue shows it in place of the view.
  console.error('[handbook]', err)
  window.dispatchEvent(new CustomEvent('handbook:fatal', { detail: err instanceof Error ? err.message : String(err) }))
}
// Mounted once the first navigation, and with it the start-up call, has settled (router.ts): one render and one
// layout of the first screen with its data, and no text laid out before it (bench: cold load). A start that takes
// longer than a moment mounts the frame first, which says the knowledge base is opening, as it always did.
const SLOW_START_MS = 300
let mounted = false
const mount = () => {
  if (mounted) return
  mounted = true
  app.mount('#app')
}
router.isReady().then(mount, mount)
setTimeout(mount, SLOW_START_MS)
