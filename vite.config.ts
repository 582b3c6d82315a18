/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Serves data/graph.json as ./graph.json in development and copies it next to
 * index.html in the build, so dist/ is a self-contained static site. Without
 * the file the app still builds, and the page says how to create it.
 */
function graphJson(): Plugin {
  const file = resolve(import.meta.dirname, 'data/graph.json');
  return {
    name: 'stancegraph-graph-json',
    configureServer(server) {
      server.middlewares.use('/graph.json', (_request, response, next) => {
        if (!existsSync(file)) return next();
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (existsSync(file)) {
        this.emitFile({ type: 'asset', fileName: 'graph.json', source: readFileSync(file) });
      } else {
        this.warn('data/graph.json is missing: run `npm run extract` before building.');
      }
    },
  };
}

// The app is a static site: relative asset paths so any file server, at any
// sub-path, can host dist/.
export default defineConfig({
  base: './',
  plugins: [react(), graphJson()],
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
