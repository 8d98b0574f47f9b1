// The e2e walk imports the renderer's route table (src-renderer/src/router.ts) to visit every route;
// under the Node type check its lazily imported views are just components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
