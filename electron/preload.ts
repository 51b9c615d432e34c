/**
 * The whole bridge between page and main process: `window.api.invoke(method, input)` on one fixed channel.
 * Bundled as CommonJS (scripts/build-electron.mjs) because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { apiChannel } from './api/senderPolicy.ts';

contextBridge.exposeInMainWorld('api', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(apiChannel, method, input),
});
