import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/server.ts';
const server = await serveStatic('/work/wt/chart/dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(server.url);
await page.locator('[data-pane="right"] g.node').first().waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/leeds.png' });
const sizes = await page.evaluate(() => ['left', 'right'].map((side) => {
  let min = Infinity; let minName = Infinity;
  for (const t of document.querySelectorAll(`[data-pane="${side}"] g.node text`)) {
    const k = (t as SVGGraphicsElement).getScreenCTM()!.a;
    const px = parseFloat(getComputedStyle(t).fontSize) * k;
    min = Math.min(min, px);
    if (t.classList.contains('oo-name')) minName = Math.min(minName, px);
  }
  return { side, min, minName, n: document.querySelectorAll(`[data-pane="${side}"] g.node`).length };
}));
console.log(JSON.stringify(sizes));
await browser.close(); await server.close();
