/** The OS file manager, handed to the core through HandlerContext.desktop (the core never imports electron). */
import { shell } from 'electron';
import type { Desktop } from '../api/context.ts';

export const nativeDesktop: Desktop = { openPath: (path) => shell.openPath(path) };
