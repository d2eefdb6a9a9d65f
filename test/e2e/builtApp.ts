import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

const DIST = resolve('dist');
const SHOTS = resolve('test-results/e2e');

/**
 * The built app (`dist`, from `vite build`) served on a free local port, and Debian's Chromium, started once for the
 * test file that calls this at its top level and stopped after it. Read `server` and `browser` inside tests.
 */
export function useBuiltApp(): { readonly server: StaticServer; readonly browser: Browser } {
  const held = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:e2e does).');
    mkdirSync(SHOTS, { recursive: true });
    held.server = await serveStatic(DIST);
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return held;
}
