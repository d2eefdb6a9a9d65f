import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/server.ts';
import { STORAGE_KEY } from '../src/store/persistence.ts';
import { generateWorkspace } from './generate.ts';
import { printRows, type BenchRow } from './timing.ts';

const NODES = 1_000;
const STEPS = 60;
const LOADS = 5;
const DROPS = 5;

interface LoadTimes {
  first: number;
  split: number;
}

/**
 * In-page probes (ms from navigation start): when the first drawn node appears in any pane, when both panes have drawn
 * nodes, and the frame after that (paint), if the headless browser produces one.
 */
const PROBE = `(() => {
  const marks = window.__benchMarks = { first: null, split: null, frame: null };
  const check = () => {
    const left = document.querySelector('[data-pane="left"] g.node[data-node-id]');
    const right = document.querySelector('[data-pane="right"] g.node[data-node-id]');
    if (marks.first === null && (left || right)) marks.first = performance.now();
    if (marks.split === null && left && right) {
      marks.split = performance.now();
      requestAnimationFrame(() => { marks.frame = performance.now(); });
    }
    if (marks.split !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function timeLoad(page: Page, url: string): Promise<LoadTimes> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __benchMarks?: { split: number | null } }).__benchMarks?.split != null, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => (window as unknown as { __benchMarks: LoadTimes & { frame: number | null } }).__benchMarks);
  return { first: m.first, split: m.frame ?? m.split };
}

/** Waits until the right chart's pan and zoom stop changing (a re-fit after the pane settles its size). */
async function settled(page: Page): Promise<void> {
  const view = () => page.locator('[data-pane="right"] svg g.chart').first().getAttribute('transform');
  let last = await view();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await view();
    if (now === last) return;
    last = now;
  }
}

/** A drawn, unchanged node with no reports in the right pane, and a different drawn node as its new manager. */
async function pickDrag(page: Page, used: Set<string>): Promise<{ from: string; to: string }> {
  await settled(page);
  const ids = await page.$$eval('[data-pane="right"] g.node[data-node-id]', (els) => {
    const view = { w: window.innerWidth, h: window.innerHeight };
    return els
      .map((el) => {
        const r = el.querySelector('rect.oo-box')!.getBoundingClientRect();
        const parent = (el as unknown as { __data__?: { parent?: { data?: { id?: string } } } }).__data__?.parent?.data?.id ?? null;
        return { id: el.getAttribute('data-node-id')!, parent, change: el.getAttribute('data-change'), leaf: !el.querySelector('.oo-button'), x: r.x, y: r.y, w: r.width, h: r.height, view };
      })
      .filter((n) => n.w > 2 && n.x > 0 && n.y > 0 && n.x + n.w < n.view.w && n.y + n.h < n.view.h);
  });
  const from = ids.find((n) => n.leaf && n.change === 'unchanged' && !used.has(n.id));
  const to = ids.find((n) => n.id !== from?.id && n.id !== from?.parent && !n.leaf);
  if (!from || !to) throw new Error('no visible pair of nodes to drag between in the right pane');
  used.add(from.id);
  return { from: from.id, to: to.id };
}

/** Mouse-up on the target to the frame after the right pane shows the node as moved and the Changes panel lists it. */
async function timeDrop(page: Page, from: string, to: string): Promise<number> {
  const box = async (id: string) => (await page.locator(`[data-pane="right"] g.node[data-node-id="${id}"] rect.oo-box`).boundingBox())!;
  const a = await box(from);
  const b = await box(to);
  await page.evaluate((id) => {
    const w = window as unknown as { __drop?: { done: Promise<number> } };
    let up: number | null = null;
    window.addEventListener('mouseup', () => { up = performance.now(); }, { capture: true, once: true });
    const done = new Promise<number>((resolve) => {
      // No named functions in here: tsx would wrap them in a helper that does not exist in the page.
      const observer = new MutationObserver(() => {
        if (up === null) return;
        if (document.querySelector(`[data-pane="right"] g.node[data-node-id="${id}"]`)?.getAttribute('data-change') !== 'moved') return;
        if (document.querySelector(`[aria-label="Reporting lines"] [data-node-id="${id}"]`) === null) return;
        observer.disconnect();
        // To the next frame, so the time includes the paint; the DOM time stands if no frame comes (headless may skip them).
        const domTime = performance.now() - up;
        requestAnimationFrame(() => resolve(performance.now() - (up ?? 0)));
        setTimeout(() => {
          (window as unknown as { __dropNoFrame?: boolean }).__dropNoFrame = true;
          resolve(domTime);
        }, 1000);
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-change'] });
    });
    w.__drop = { done };
  }, from);
  const under = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('g.node')?.getAttribute('data-node-id') ?? null, [a.x + a.width / 2, a.y + a.height / 2]);
  if (under !== from) throw new Error(`expected ${from} under the pointer, found ${under ?? 'nothing'}`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
  const done = page.evaluate(async () => {
    const t = await (window as unknown as { __drop: { done: Promise<number> } }).__drop.done;
    if ((window as unknown as { __dropNoFrame?: boolean }).__dropNoFrame) console.warn('no frame after a drop: DOM time reported');
    return t;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void page.evaluate((id) => [
        document.querySelector(`[data-pane="right"] g.node[data-node-id="${id}"]`)?.getAttribute('data-change'),
        document.querySelector(`[aria-label="Reporting lines"] [data-node-id="${id}"]`) !== null,
        [...document.querySelectorAll('[role=alert], [role=status]')].map((e) => e.textContent).join(' | '),
      ].join('; '), from).then(async (state) => {
        await page.screenshot({ path: resolve('test-results/bench-failed-drop.png') }).catch(() => undefined);
        return state;
      }).then((state) => reject(new Error(`dropping ${from} on ${to} did not redraw within 10 s (${state})`)), reject);
    }, 10_000);
  });
  return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
}

const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run `vite build` first (npm run bench:browser does).');
  const text = `${JSON.stringify(generateWorkspace({ nodes: NODES, steps: STEPS, seed: 7 }), null, 2)}\n`;
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const leedsLoads: LoadTimes[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      leedsLoads.push(await timeLoad(page, server.url));
      await context.close();
    }

    const loads: LoadTimes[] = [];
    const drops: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await context.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('bench-seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('bench-seeded', '1');
        }
      }, [STORAGE_KEY, text] as const);
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'warning') console.error(`page: ${m.text()}`);
      });
      loads.push(await timeLoad(page, server.url));
      const drawn = await page.locator('[data-pane="right"] g.node[data-node-id]').count();
      if (i === 0) {
        console.log(`generated workspace: ${NODES} nodes, ${STEPS}-step option; ${drawn} nodes drawn in the right pane at first`);
        const used = new Set<string>();
        for (let d = 0; d < DROPS; d++) {
          const { from, to } = await pickDrag(page, used);
          drops.push(await timeDrop(page, from, to));
        }
        await page.screenshot({ path: resolve('test-results/bench-1000.png') }).catch(() => undefined);
      }
      await context.close();
    }

    const rows: BenchRow[] = [
      { name: `Leeds: first chart drawn`, value: median(leedsLoads.map((l) => l.first)) },
      { name: `Leeds: 2006 / Option 5 split view drawn`, value: median(leedsLoads.map((l) => l.split)), target: '500 ms', pass: median(leedsLoads.map((l) => l.split)) <= 500 },
      { name: `${NODES} nodes: first chart drawn`, value: median(loads.map((l) => l.first)), target: '1 s', pass: median(loads.map((l) => l.first)) <= 1000 },
      { name: `${NODES} nodes: split view drawn`, value: median(loads.map((l) => l.split)), target: '500 ms', pass: median(loads.map((l) => l.split)) <= 500 },
      { name: `${NODES} nodes: drop to redrawn panes (median of ${DROPS})`, value: median(drops), target: '200 ms', pass: median(drops) <= 200 },
    ];
    printRows(`Browser (Chromium, headless; times from navigation start, median of ${LOADS} loads)`, rows);
    console.log(`  drops: ${drops.map((d) => d.toFixed(0)).join(', ')} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
