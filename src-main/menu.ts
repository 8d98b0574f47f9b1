import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** Standard roles plus the handbook's own shortcuts, which the renderer routes by hash. */
export function installMenu(getWindow: () => BrowserWindow | undefined): void {
  const go = (hash: string) => () => void getWindow()?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`)
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        { label: 'Treatments', accelerator: 'CmdOrCtrl+1', click: go('#/treatments') },
        { label: 'Compare', accelerator: 'CmdOrCtrl+2', click: go('#/compare') },
        { label: 'Screener', accelerator: 'CmdOrCtrl+3', click: go('#/screener') },
        { label: 'Guides', accelerator: 'CmdOrCtrl+4', click: go('#/guides') },
        { label: 'Notes', accelerator: 'CmdOrCtrl+5', click: go('#/notes') },
        { type: 'separator' },
        { label: 'Back', accelerator: 'Alt+Left', click: () => getWindow()?.webContents.navigationHistory.goBack() },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
