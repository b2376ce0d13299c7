import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], globalSetup: ['test/unit/globalSetup.ts'], environment: 'node', testTimeout: 20000, pool: 'forks' },
});
