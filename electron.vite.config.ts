import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build produces three things:
//  - out/main: the Electron shell (index.js), the headless command line (cli.js) and the
//    import worker (importWorker.js). Only index.js may require('electron'); cli.js and the
//    worker run under plain Node (see test/shell and test/cli).
//  - out/preload: the narrow bridge, one self-contained CommonJS file (sandboxed preloads
//    cannot require anything but a few electron modules).
//  - out/renderer: the React app.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          importWorker: resolve(__dirname, 'src/main/imports/worker.ts'),
          // The import's reader thread (src/main/imports/readers/readerThread.ts).
          readerWorker: resolve(__dirname, 'src/main/imports/readerWorker.ts'),
          // `npm run bench` runs this under plain Node.
          bench: resolve(__dirname, 'bench/bench.ts'),
          // The bench's parse-only baseline: a worker that loads the readers and nothing else.
          benchParse: resolve(__dirname, 'bench/parseWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
