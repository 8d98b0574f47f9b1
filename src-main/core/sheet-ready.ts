// The signal between the handout sheet and whoever prints it. The handout
// view sets <body data-handout-ready="true"> once its data is built, its fonts
// are loaded and its logo is decoded ("error", with data-handout-error, when it
// cannot be); the desktop app's print window and the end-to-end tests wait on it.

/**
 * Evaluated in the sheet's page: resolves with the state once it is set,
 * watching the attribute rather than polling.
 */
export const SHEET_READY_SCRIPT = `new Promise((resolve) => {
  const read = () => {
    const state = document.body && document.body.dataset.handoutReady
    if (state !== 'true' && state !== 'error') return
    observer.disconnect()
    resolve({ state, message: document.body.dataset.handoutError || '' })
  }
  const observer = new MutationObserver(read)
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-handout-ready'] })
  read()
})`

export interface SheetState {
  state: 'true' | 'error'
  message: string
}
