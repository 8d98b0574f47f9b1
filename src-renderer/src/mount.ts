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
// layout of the first screen with its data. Until then index.html's own line says the handbook is opening.
const mount = () => app.mount('#app')
router.isReady().then(mount, mount)
