// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import type { Workspace } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { resolveWorkspace } from '../options/index.ts';
import { changeMarks, diffStructures } from '../diff/index.ts';
import { defaultCollapsed } from './data.ts';
import { drawConnections } from './drawLinks.ts';
import { layoutTree } from './layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Each option of a workspace against its baseline: the file, the option, and whether every box is open. */
function comparisons(file: string): [string, string, boolean][] {
  const ws = JSON.parse(readFileSync(file, 'utf8')) as Workspace;
  return ws.options.flatMap((o) => [[file, o.id, false], [file, o.id, true]] as [string, string, boolean][]);
}

describe('link change badges', () => {
  // Leeds with every box open: the removed political link from the Executive Member to Education Leeds had its middle
  // over the Scrutiny Board's name. Dual reporting: the removed dotted line from the QA Manager to its neighbour, the
  // Project Lead, ran across the Project Lead's name, and its badge sat on it.
  it.each([...comparisons('fixtures/leeds.json'), ...comparisons('fixtures/cases/dual-reporting.json')])('cover no box in either pane: %s, baseline against %s, every box open: %s', (file, id, open) => {
    const ws = JSON.parse(readFileSync(file, 'utf8')) as Workspace;
    const resolved = resolveWorkspace(ws);
    const baseline = resolved.structures.get(ws.baseline.id)!;
    const option = resolved.structures.get(id)!;
    const diff = diffStructures(baseline, option);
    for (const [s, side, links, mark] of [[baseline, 'from', diff.links.removed, 'removed'], [option, 'to', diff.links.added, 'added']] as const) {
      const marks = changeMarks(diff, side);
      const layout = layoutTree(s, marks, open ? new Set() : defaultCollapsed(s, marks));
      const layers = { links: document.createElementNS(SVG_NS, 'g'), badges: document.createElementNS(SVG_NS, 'g') };
      drawConnections(layers, s, layout, new Map(links.map((l) => [linkKey(l), mark])), { x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 }, 't');
      const badges = [...layers.badges.children];
      expect(badges.length).toBe(links.filter((l) => layout.byId.has(l.from) && layout.byId.has(l.to)).length);
      for (const b of badges) {
        const [x, y] = b.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number) as [number, number];
        const w = Number(b.querySelector('rect')!.getAttribute('width'));
        const over = layout.nodes.filter((n) => x < n.x + n.width / 2 && n.x - n.width / 2 < x + w && y < n.y + n.height && n.y < y + 16);
        expect(over.map((n) => n.id), b.getAttribute('data-link')!.replaceAll('\u0000', ' ')).toEqual([]);
      }
    }
  });
});
