/** The Vietnamese application menu. Developer tools appear only in an unpackaged (developer) run. */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { aboutText, menuText, productName } from './strings.ts';

function showAbout(window: BrowserWindow | null, version: string): void {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: aboutText.title,
    message: productName,
    detail: aboutText.detail(version),
    buttons: [aboutText.ok],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function installMenu(getWindow: () => BrowserWindow | null, version: string): void {
  const isMac = process.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: menuText.reload },
    { type: 'separator' },
    { role: 'zoomIn', label: menuText.zoomIn },
    { role: 'zoomOut', label: menuText.zoomOut },
    { role: 'resetZoom', label: menuText.resetZoom },
    { type: 'separator' },
    { role: 'togglefullscreen', label: menuText.fullScreen },
  ];
  if (!app.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: menuText.devTools });

  const template: MenuItemConstructorOptions[] = [
    // macOS puts Quit in the application menu named after the app; elsewhere it lives under Tệp.
    ...(isMac
      ? [
          {
            label: productName,
            submenu: [
              { role: 'hide', label: menuText.hide },
              { type: 'separator' },
              { role: 'quit', label: menuText.quit },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : [
          {
            label: menuText.file,
            submenu: [{ role: 'quit', label: menuText.quit }] satisfies MenuItemConstructorOptions[],
          },
        ]),
    {
      label: menuText.edit,
      submenu: [
        { role: 'undo', label: menuText.undo },
        { role: 'redo', label: menuText.redo },
        { type: 'separator' },
        { role: 'cut', label: menuText.cut },
        { role: 'copy', label: menuText.copy },
        { role: 'paste', label: menuText.paste },
        { role: 'selectAll', label: menuText.selectAll },
      ],
    },
    { label: menuText.view, submenu: view },
    {
      role: 'help',
      label: menuText.help,
      submenu: [{ label: menuText.about, click: () => showAbout(getWindow(), version) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
