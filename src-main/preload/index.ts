// Sandboxed preload: exposes one domain-shaped object built from the channel list.
// The renderer never sees ipcRenderer, only window.handbook. It reads the zod-free
// channel list, not the contract, so no schema is bundled here (the main process validates).
import { contextBridge, ipcRenderer } from 'electron'
import type { HandbookBridge } from '../api/handbook-api'
import { buildBridge } from '../../src-shared/bridge'

contextBridge.exposeInMainWorld(
  'handbook',
  buildBridge<HandbookBridge>((channel, args) => ipcRenderer.invoke(channel, args)),
)
