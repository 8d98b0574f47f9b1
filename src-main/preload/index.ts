// Sandboxed preload: exposes one domain-shaped object built from the contract.
// The renderer never sees ipcRenderer, only window.handbook.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../api/contract'
import { buildBridge } from '../api/handbook-api'

contextBridge.exposeInMainWorld(
  'handbook',
  buildBridge(CHANNELS, (channel, args) => ipcRenderer.invoke(channel, args)),
)
