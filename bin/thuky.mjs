#!/usr/bin/env node
// Runs the TypeScript CLI straight from source, so `npx thuky` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
