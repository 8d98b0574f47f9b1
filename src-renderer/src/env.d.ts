/// <reference types="vite/client" />
import type { HandbookBridge } from '../../src-main/api/handbook-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser preview, where the fetch bridge stands in. */
    handbook?: HandbookBridge
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
