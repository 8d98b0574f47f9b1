import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createHandbookRouter } from './router'
import './styles/tokens.css'
import './styles/base.css'
import './styles/print.css'

const app = createApp(App)
app.use(createPinia())
app.use(createHandbookRouter())
app.config.errorHandler = (err) => {
  // A render error must never leave a blank window: App.vue shows it in place of the view.
  console.error('[handbook]', err)
  window.dispatchEvent(new CustomEvent('handbook:fatal', { detail: err instanceof Error ? err.message : String(err) }))
}
app.mount('#app')
