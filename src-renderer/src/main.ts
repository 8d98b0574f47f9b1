// The entry. start-early.ts comes first: the start-up call is on its way before the app's code runs.
import './start-early'
import './styles/tokens.css'
import './styles/base.css'
import './styles/print.css'
import './mount'
