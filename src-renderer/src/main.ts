// The entry: sends the start-up call for the screen the address names, then loads the app. The app's code
// (mount.ts and what it imports) is linked from index.html as a modulepreload, so it downloads alongside this
// file; the server answers while the browser parses and runs it, instead of after (bench: cold load).
import { sendEarlyStart } from './api/early-start'
import './styles/tokens.css'
import './styles/base.css'
import './styles/print.css'

sendEarlyStart(location.hash)
import('./mount').catch((e: unknown) => {
  // Without its code the app cannot show its own error screen; say so in the page instead of leaving it blank.
  console.error('[handbook]', e)
  const root = document.getElementById('app')
  if (root) root.textContent = 'The handbook could not load its code. Please reinstall or restart it.'
})
