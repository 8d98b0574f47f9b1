// Imported first by main.ts. Modules run in the order they are imported, so this sends the start-up call
// before Vue, the router and the app's own modules are evaluated and the app is mounted; the server reads
// while the browser does that work, instead of after (bench: cold load).
import { sendEarlyStart } from './api/early-start'

sendEarlyStart(location.hash)
