/**
 * Builds the dashboard (vanilla TypeScript + ECharts + Cytoscape) into web-dist/, which `parley serve` serves.
 *
 *   npx vite build --config src/web/vite.config.ts      # -> web-dist/index.html + assets/
 *   npx vite --config src/web/vite.config.ts            # dev server; proxies /api to a running `parley serve`
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../web-dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
