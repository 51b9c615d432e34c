/**
 * The renderer is served from `app://thuky/` rather than file://: a real origin for the CSP's 'self', no access to
 * the rest of the disk, and the same CSP header the browser host sends.
 */
import { protocol } from 'electron';
import { appScheme } from '../api/senderPolicy.ts';
import { serveRendererRequest } from './rendererFiles.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves files of `rendererDir` (dist/renderer) on the app scheme; call after ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveRendererRequest(rendererDir, request.url, request.method));
}
