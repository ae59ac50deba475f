// Vite build of the web UI: root apps/web, output apps/web/dist (served by the API server).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Shared chunks are named after their first module, which can be one of ours (a chunk of antd
// called "ProblemAlert"): a shared chunk that is mostly library code is called "vendor".
function chunkName(chunk: { name: string; isDynamicEntry: boolean; moduleIds: readonly string[] }): string {
  if (chunk.isDynamicEntry) return chunk.name;
  const libs = chunk.moduleIds.filter((id) => id.includes('node_modules')).length;
  const ours = chunk.moduleIds.some(
    (id) => /[\\/]apps[\\/]web[\\/]src[\\/]/.test(id) && id.includes(`${chunk.name}.ts`),
  );
  return ours && libs > chunk.moduleIds.length * 0.8 ? 'vendor' : chunk.name;
}

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: { '@jiandu/contracts': here('../../packages/contracts/src/index.ts') },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // The shared contracts define zod schemas at the top level; the UI mostly needs their
      // labels and types, so unused schemas (and zod with them) are dropped from the bundle.
      treeshake: {
        moduleSideEffects: [{ test: /packages[\\/]contracts[\\/]/, sideEffects: false }],
        manualPureFunctions: ['z'],
      },
      output: {
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
        // Libraries change less often than our pages: keep them in their own cacheable chunks.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
            },
            { name: 'vendor-zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
