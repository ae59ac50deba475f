import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@jiandu/calendar': here('./packages/calendar/src/index.ts'),
      '@jiandu/contracts': here('./packages/contracts/src/index.ts'),
      '@jiandu/regulation': here('./packages/regulation/src/index.ts'),
      '@jiandu/procedure': here('./packages/procedure/src/index.ts'),
    },
  },
  test: {
    include: ['packages/**/*.test.ts', 'apps/api/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { TZ: 'Asia/Shanghai' },
  },
});
