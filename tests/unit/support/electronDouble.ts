/**
 * A stand-in for the 'electron' module, bundled in place of the real one by tests/unit/electronMain.test.ts so
 * the main process's wiring runs under plain Node (the Electron binary is not everywhere). It records what the
 * shell asked of Electron on `globalThis.electronDouble`; it implements no behaviour of its own.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

class WebContents extends Emitter {
  readonly mainFrame = { processId: 7, routingId: 1, url: '' };
  windowOpenHandler: Listener | null = null;
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

export const record = {
  paths: new Map<string, string>([['appData', '']]),
  app: new Emitter(),
  quitCalls: 0,
  exitCode: null as number | null,
  errorBoxes: [] as { title: string; content: string }[],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  ipcHandlers: new Map<string, Listener>(),
  permissionHandlers: {
    request: null as Listener | null,
    check: null as Listener | null,
    device: null as Listener | null,
  },
  windows: [] as BrowserWindow[],
  menuTemplate: null as unknown,
  openedExternally: [] as string[],
  openedPaths: [] as string[],
  singleInstanceLock: true,
};
(globalThis as { electronDouble?: typeof record }).electronDouble = record;

export const app = {
  isPackaged: true,
  setPath: (name: string, path: string) => void record.paths.set(name, path),
  getPath: (name: string) => record.paths.get(name) ?? '',
  requestSingleInstanceLock: () => record.singleInstanceLock,
  quit: () => void record.quitCalls++,
  exit: (code: number) => void (record.exitCode = code),
  on: (event: string, listener: Listener) => record.app.on(event, listener),
  whenReady: () => Promise.resolve(),
};

export const dialog = {
  showErrorBox: (title: string, content: string) => void record.errorBoxes.push({ title, content }),
  showMessageBox: async () => ({ response: 0 }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h: Listener) => void (record.permissionHandlers.request = h),
    setPermissionCheckHandler: (h: Listener) => void (record.permissionHandlers.check = h),
    setDevicePermissionHandler: (h: Listener) => void (record.permissionHandlers.device = h),
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: Listener) => void record.protocolHandlers.set(scheme, handler),
};

export const ipcMain = {
  handle: (channel: string, handler: Listener) => {
    if (record.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    record.ipcHandlers.set(channel, handler);
  },
};

export class BrowserWindow extends Emitter {
  readonly webContents = new WebContents();
  loadedUrl = '';
  constructor(readonly options: Record<string, unknown>) {
    super();
    record.windows.push(this);
    record.app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  restore() {}
  show() {}
  focus() {}
}

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => void (record.menuTemplate = menu),
};

export const shell = {
  openExternal: async (url: string) => void record.openedExternally.push(url),
  // Electron answers '' when the file manager opened the path, else the reason it could not.
  openPath: async (path: string) => (record.openedPaths.push(path), ''),
};
