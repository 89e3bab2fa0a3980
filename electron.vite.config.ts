import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The command line (bin/quadrant.mjs) runs cli.js when it is at least as new as the sources: one file read
        // instead of some 400 modules compiled by tsx on every start (0.7 s against 2.4 s for `quadrant --version`).
        input: { index: resolve(__dirname, 'src/main/index.ts'), cli: resolve(__dirname, 'src/main/cli.ts') },
        // playwright-core prints PDFs for the command line only (the desktop prints with Electron): read from
        // node_modules when a report is printed, not bundled.
        external: ['better-sqlite3', 'electron', 'playwright-core'],
        // Shared chunks beside the entries, not in a folder below: modules that find files relative to their own
        // place (the print view, resources) sit at the same depth as in src/main.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      // electron-vite turns minification off for every part; the renderer is what the window parses before its first
      // paint, so it is minified (Vite 8's default minifier, oxc; CSS by lightningcss). Main and preload stay as
      // they are: Node reads them from disk, and their stack traces should keep real names.
      minify: 'oxc',
      cssMinify: 'lightningcss',
      // report.html is the print view of the PDF report (src/renderer/report), loaded by the printer, not by users.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          report: resolve(__dirname, 'src/renderer/report.html'),
        },
        output: {
          // Named chunks for the two big libraries, so tests and the bundle benchmark can tell them apart. ECharts
          // is loaded only by the views that draw charts (and by the print view), never for the overview's first paint.
          codeSplitting: {
            groups: [
              { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 1 },
              // zod and the schemas validate forms only: kept apart from the shared code the first screen runs. The
              // modules the schemas import that the first screen runs too go first into a chunk of their own, or the
              // schemas' group would take them along (it takes its modules' dependencies).
              { name: 'periods', test: /src[\\/]shared[\\/](periods|xml-text|limits|scorecard-filter|okr-bands)\.ts$/, priority: 4 },
              {
                name: 'schemas',
                test: /node_modules[\\/]zod[\\/]|src[\\/]shared[\\/](domain|contract|report|interchange)\.ts$/,
                priority: 3,
              },
            ],
          },
        },
      },
    },
  },
});
