// The app itself: Vue, Pinia, the router and the first screen, loaded by main.ts (the entry) after it has sent the start-up call.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createHandbookRouter } from './router'

const app = createApp(App)
app.use(createPinia())
app.use(createHandbookRouter())
app.config.errorHandler = (err) => {
  // A render error must never leave a blank window: App.vue shows it in place of the view.
  console.error('[handbook]', err)
  window.dispatchEvent(new CustomEvent('handbook:fatal', { detail: err instanceof Error ? err.message : String(err) }))
}
app.mount('#app')
