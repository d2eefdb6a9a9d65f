import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.2 AA, the level UK public bodies must meet (Public Sector Bodies Accessibility Regulations 2018). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 AA violations within the elements matching `include` (CSS selectors), less those matching
 * `exclude`, one readable line each (rule, impact, help, where), at most five places a rule, so a failure says what
 * to fix.
 */
export async function axeViolations(page: Page, include: string[], exclude: string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async ({ include, exclude, tags }) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(
      { include: include.map((s) => [s]), exclude: exclude.map((s) => [s]) },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return result.violations.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
  }, { include, exclude, tags: TAGS });
}
