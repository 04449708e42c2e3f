import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'device/**/*.test.ts', 'server/**/*.test.ts', 'kiosk-ui/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // sqlite3 and serialport are native addons: separate processes are the safe isolation.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default'],
  },
});
