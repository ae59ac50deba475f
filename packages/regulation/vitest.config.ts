import { defineConfig } from 'vitest/config';

// Standalone config so the package's pure tests run without the repo-wide global setup and
// under whatever TZ the shell sets (the repo config pins Asia/Shanghai).
export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
