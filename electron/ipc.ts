/**
 * The one IPC entry point: `api:invoke(method, input)`. The sender must be our window's main frame showing our
 * renderer; everything else (unknown methods, input validation, errors) is the router's job.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Router } from './api/router.ts';
import type { ApiResult } from '../shared/api/result.ts';
import { apiChannel, isTrustedSender } from './api/senderPolicy.ts';

const forbidden: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' },
};

function senderIsTrusted(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  const main = window.webContents.mainFrame;
  return isTrustedSender({
    fromOurWindow: event.sender === window.webContents,
    isMainFrame: frame !== null && frame.processId === main.processId && frame.routingId === main.routingId,
    frameUrl: frame?.url ?? '',
  });
}

/** Registers the handler once for the app's lifetime; `getWindow` names the only window allowed to call. */
export function registerApi(router: Router, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(apiChannel, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!senderIsTrusted(event, getWindow())) return forbidden;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Tên chức năng phải là một chuỗi.' } };
    }
    return router(method, input);
  });
}
