// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import type { Workspace } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import { resolveWorkspace } from '../options/index.ts';
import { changeMarks, diffStructures } from '../diff/index.ts';
import { drawConnections } from './drawLinks.ts';
import { layoutTree } from './layout.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ws = JSON.parse(readFileSync('fixtures/leeds.json', 'utf8')) as Workspace;
const resolved = resolveWorkspace(ws);
const baseline = resolved.structures.get(ws.baseline.id)!;

describe('link change badges', () => {
  // Leeds with every box open (Expand all): the removed political link from the Executive Member to Education Leeds
  // has its middle over the Scrutiny Board's name.
  it.each(ws.options.map((o) => o.id))('cover no box in either pane of baseline against %s, every box open', (id) => {
    const option = resolved.structures.get(id)!;
    const diff = diffStructures(baseline, option);
    for (const [s, side, links, mark] of [[baseline, 'from', diff.links.removed, 'removed'], [option, 'to', diff.links.added, 'added']] as const) {
      const layout = layoutTree(s, changeMarks(diff, side), new Set());
      const layers = { links: document.createElementNS(SVG_NS, 'g'), badges: document.createElementNS(SVG_NS, 'g') };
      const marks = new Map(links.map((l) => [linkKey(l), mark]));
      drawConnections(layers, s, layout, marks, { x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 }, 't');
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
