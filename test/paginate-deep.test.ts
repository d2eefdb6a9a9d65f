import { generateDeepChain } from '../bench/generate.ts';
import { renderStructurePages } from '../src/export/index.ts';
import { pageLineWith } from '../src/words/exports.ts';
import { branchLine, pageOf } from '../src/words/print.ts';

const boxesOn = (svg: string): string[] => [...svg.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1]!);

/**
 * Issue 10: paginating a 10,000-layer chain on A3 ran for over 600 s (each page laid out everything under it).
 * It must finish; timings are in `npm run bench` (bench/paginate.ts), not here.
 */
describe('a 10,000-layer chain on A3', () => {
  it('is paginated page by page down the chain, each page headed with the branch it continues', () => {
    const layers = 10_000;
    const ws = generateDeepChain(layers);
    const pages = renderStructurePages(ws.baseline, { workspaceTitle: ws.title, exportedOn: '2026-01-01', page: 'a3', hideNames: false });
    const total = pages.length;
    const boxes = pages.map(boxesOn);
    // Every page but the last draws the same run of layers, its bottom box continued on the next page.
    const perPage = boxes[0]!.length;
    expect(perPage).toBeGreaterThan(2);
    expect(total).toBe(1 + Math.ceil((layers - perPage) / (perPage - 1)));
    expect(boxes.slice(0, -1).every((b) => b.length === perPage)).toBe(true);
    expect(new Set(boxes.flat()).size).toBe(layers);
    expect(pages[0]).toContain(`>${pageOf(1, total)}<`);
    for (let i = 1; i < total; i++) {
      const root = boxes[i]![0]!;
      expect(boxes[i - 1]!.at(-1)).toBe(root);
      const name = ws.baseline.nodes.find((n) => n.id === root)!.name;
      expect(pages[i]).toContain(`>${pageLineWith(pageOf(i + 1, total), branchLine(name, i))}<`);
    }
    expect(boxes.at(-1)!.at(-1)).toBe(`n${layers - 1}`);
  }, 600_000);
});
