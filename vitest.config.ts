import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // The machines are shared (2 cores, often several runs at once): a jsdom render, a property run or a spawned CLI
    // that takes 1 s on a quiet machine can take 10 s on a busy one. Timings belong in the benches, not here.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
