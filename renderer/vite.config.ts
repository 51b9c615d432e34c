/**
 * Builds the renderer into <repo>/dist/renderer. `base: './'` keeps asset URLs relative so the same build
 * loads from file:// in Electron and from the browser host.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// This file runs in Node at build time; paths are anchored to it, whatever the working directory.
const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    // antd is one large, stable dependency; one chunk loads once from disk, so the size warning is noise.
    chunkSizeWarningLimit: 2500,
  },
});
