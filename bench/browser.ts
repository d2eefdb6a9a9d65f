import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/server.ts';
import { STORAGE_KEY } from '../src/store/persistence.ts';
import { generateWorkspace } from './generate.ts';
import { generateChain, generateOrganogram } from './organogramWorkspace.ts';
import type { Browser } from 'playwright-core';
import { longListRows } from './longLists.ts';
import { importRows } from './importWorker.ts';
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

/**
 * A drawn, unchanged node with no reports in the right pane, and a different drawn node as its new manager, both
 * wholly in view; zooms the pane out a step at a time (its Zoom out button) until there is such a pair.
 */
async function pickDrag(page: Page, used: Set<string>): Promise<{ from: string; to: string }> {
  for (let attempt = 0; attempt < 6; attempt++) {
    await settled(page);
    const ids = await page.$$eval('[data-pane="right"] g.node[data-node-id]', (els) => {
      const frame = document.querySelector('[data-pane="right"] .org-chart-view')!.getBoundingClientRect();
      return els
        .map((el) => {
          const r = el.querySelector('rect.oo-box')!.getBoundingClientRect();
          const parent = (el as unknown as { __ooNode?: { parent: string | null } }).__ooNode?.parent ?? null;
          return { id: el.getAttribute('data-node-id')!, parent, change: el.getAttribute('data-change'), leaf: !el.hasAttribute('aria-expanded'), x: r.x, y: r.y, w: r.width, h: r.height };
        })
        .filter((n) => n.w > 2 && n.x > frame.left && n.y > frame.top && n.x + n.w < frame.right && n.y + n.h < frame.bottom);
    });
    const from = ids.find((n) => n.leaf && n.change === 'unchanged' && !used.has(n.id));
    const other = (n: { id: string }) => n.id !== from?.id && n.id !== from?.parent;
    const to = ids.find((n) => other(n) && !n.leaf) ?? ids.find(other);
    if (from && to) {
      used.add(from.id);
      return { from: from.id, to: to.id };
    }
    await page.locator('[data-pane="right"]').getByRole('button', { name: 'Zoom out' }).click();
  }
  throw new Error('no visible pair of nodes to drag between in the right pane');
}

/** Mouse-up on the target to the frame after the right pane has redrawn the node as moved and the Changes panel lists it. */
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
        // Redrawn: marked moved, or no longer drawn (moved out of the part of the chart the pane shows).
        const el = document.querySelector(`[data-pane="right"] g.node[data-node-id="${id}"]`);
        if (el && el.getAttribute('data-change') !== 'moved') return;
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
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-change', 'data-node-id'] });
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

/** A fresh context whose storage holds `text` as the saved workspace on its first load, with the load probe installed. */
async function openSeeded(browser: Browser, url: string, text: string): Promise<{ page: Page; load: LoadTimes; close: () => Promise<void> }> {
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
  const load = await timeLoad(page, url);
  return { page, load, close: () => context.close() };
}

/** Clicks a toolbar button and times it to the frame after next, so the painting of the new frame is included. */
function timeToolbar(page: Page, label: string): Promise<number> {
  return page.evaluate((text) => new Promise<number>((resolve) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')].find((b) => b.textContent === text)!;
    const t0 = performance.now();
    button.click();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
  }), label);
}

/**
 * Clicks the toolbar's Expand all and times it to the next frame; checks that no drawn box is left folded in either
 * pane. The page must answer meanwhile: a frozen tab would miss the 60 s timeout.
 */
async function timeExpandAll(page: Page): Promise<number> {
  const ms = await timeToolbar(page, 'Expand all');
  const folded = await page.locator('[data-pane] g.node[aria-expanded="false"]').count();
  if (folded > 0) throw new Error(`Expand all left ${folded} drawn boxes folded`);
  return ms;
}

/** The 12,000-node organogram, 5,000 and 20,000 for Expand all, and a 4,000-layer chain (issue 9 part 5, issue 10). */
async function scaleRows(browser: Browser, url: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const big = `${JSON.stringify(generateOrganogram(12_000))}\n`;
  const loads: LoadTimes[] = [];
  const drops: number[] = [];
  let expanded: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { page, load, close } = await openSeeded(browser, url, big);
    loads.push(load);
    if (i === 0) {
      const used = new Set<string>();
      for (let d = 0; d < DROPS; d++) {
        const { from, to } = await pickDrag(page, used);
        drops.push(await timeDrop(page, from, to));
      }
      expanded = [await timeExpandAll(page)];
      const used2 = new Set<string>();
      for (let d = 0; d < 3; d++) {
        const { from, to } = await pickDrag(page, used2);
        expanded.push(await timeDrop(page, from, to));
      }
      await page.screenshot({ path: resolve('test-results/bench-12000.png') }).catch(() => undefined);
    }
    await close();
  }
  const split = median(loads.map((l) => l.split));
  const drop = median(drops);
  rows.push({ name: '12,000 nodes: first view (split view) drawn', value: split, target: '1.5 s', pass: split <= 1500 });
  rows.push({ name: `12,000 nodes: drop to both panes redrawn (median of ${DROPS})`, value: drop, target: '200 ms', pass: drop <= 200 });
  rows.push({ name: '12,000 nodes: Expand all (both panes)', value: expanded[0]!, target: '3 s', pass: expanded[0]! <= 3000 });
  const dropAll = median(expanded.slice(1));
  rows.push({ name: '12,000 nodes, all expanded: drop to redrawn panes (median of 3)', value: dropAll, target: '200 ms', pass: dropAll <= 200 });
  console.log(`  12,000 drops: ${drops.map((d) => d.toFixed(0)).join(', ')} ms; all expanded: ${expanded.slice(1).map((d) => d.toFixed(0)).join(', ')} ms`);

  for (const n of [5_000, 20_000]) {
    const { page, close } = await openSeeded(browser, url, `${JSON.stringify(generateOrganogram(n))}\n`);
    const ms = await timeExpandAll(page);
    rows.push({ name: `${n.toLocaleString('en-GB')} nodes: Expand all (both panes)`, value: ms, target: '3 s', pass: ms <= 3000 });
    if (n === 20_000) {
      const fit = await timeToolbar(page, 'Fit');
      rows.push({ name: '20,000 nodes, all expanded: Fit (every box in view)', value: fit, target: '3 s', pass: fit <= 3000 });
    }
    await close();
  }

  const { page, load, close } = await openSeeded(browser, url, `${JSON.stringify(generateChain(4_000))}\n`);
  const drawn = await page.locator('[data-pane="right"] g.node[data-node-id]').count();
  if (drawn === 0) throw new Error('4,000-layer chain: nothing drawn');
  rows.push({ name: '4,000-layer chain: first view drawn', value: load.split, target: '1.5 s', pass: load.split <= 1500 });
  const ms = await timeExpandAll(page);
  rows.push({ name: '4,000-layer chain: Expand all', value: ms, target: '3 s', pass: ms <= 3000 });
  await close();
  return rows;
}

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
      const { page, load, close } = await openSeeded(browser, server.url, text);
      loads.push(load);
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
      await close();
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
    printRows('Browser at real scale (organogram-shaped structures; load times median of 3)', await scaleRows(browser, server.url));
    printRows('Browser, long lists (one run each)', await longListRows(browser, server.url));
    printRows('Browser, huge imports read in a Web Worker (one run each; times from the file input\'s change event)', await importRows(browser, server.url));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
