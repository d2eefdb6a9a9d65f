// @vitest-environment jsdom
import { diffStructures } from '../diff/index.ts';
import type { OrgNode, Structure } from '../model/types.ts';
import { parseSvg } from '../../test/support/svgDom.ts';
import { renderComparisonPages, type ExportOptions } from './index.ts';

// The deep-chain case: a 200-deep chain is a chart one box wide, and its pane heading ("Current: …", "Proposed: …")
// used to wrap over lines into the chart. Each heading now wraps to its pane and the charts start below the tallest.

const chain: OrgNode[] = Array.from({ length: 200 }, (_, i) => ({
  id: `level-${i}`, kind: 'post', name: i === 0 ? 'Level 0 (top)' : `Level ${i}`, ...(i > 0 ? { manager: `level-${i - 1}` } : {}),
}));
const current: Structure = { id: 'now', title: 'A chain of two hundred layers of line management, as it stands today', nodes: chain };
const proposed: Structure = {
  id: 'flat', title: 'Move the bottom post to report to the top and cut the middle link of the chain',
  nodes: chain.map((n) => (n.id === 'level-199' || n.id === 'level-100' ? { ...n, manager: 'level-0' } : n)),
};

const translate = (g: Element) => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)(?: scale\(([\d.]+)\))?/.exec(g.getAttribute('transform') ?? '')!;
  return { x: Number(m[1]), y: Number(m[2]), scale: m[3] === undefined ? 1 : Number(m[3]) };
};

describe('comparison headings', () => {
  it.each(['fit', 'a3'] as const)('never run into the charts of the deep chain (%s)', (page) => {
    const opts: ExportOptions = { workspaceTitle: 'Deep', exportedOn: '2026-01-01', page, hideNames: false };
    const pages = renderComparisonPages(current, proposed, diffStructures(current, proposed), opts).map(parseSvg);
    let checked = 0;
    for (const doc of pages) {
      const top = [...doc.documentElement.children].filter((e) => e.tagName === 'g');
      const labels = top.filter((g) => [...g.querySelectorAll('text')].some((t) => /^(Current|Proposed): /.test(t.textContent ?? '') || t.getAttribute('font-size') === '12'));
      const charts = top.filter((g) => g.querySelector('g[data-node]') !== null);
      for (const label of labels.filter((g) => g.querySelector('g[data-node]') === null && /^(Current|Proposed)/.test(g.textContent ?? ''))) {
        const lines = label.querySelectorAll('text').length;
        const bottom = translate(label).y + lines * 15;
        for (const chart of charts) expect(bottom).toBeLessThanOrEqual(translate(chart).y + 0.01);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
