// @vitest-environment jsdom
import { diffStructures } from '../diff/index.ts';
import { allText, nodeText, parseSvg } from '../../test/support/svgDom.ts';
import { after, base, HOSTILE } from '../../test/support/exportSample.ts';
import { renderStructurePages, renderStructureSvg, type ExportOptions } from './index.ts';
import { MIN_SCALE } from './page.ts';

const opts: ExportOptions = { workspaceTitle: 'Review & "plans"', exportedOn: '2026-11-23', page: 'a4', hideNames: false };

describe('renderStructureSvg', () => {
  const svg = renderStructureSvg(base, opts);
  const doc = parseSvg(svg);

  it('is well-formed standalone SVG with native elements only', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.toLowerCase()).not.toContain('foreignobject');
    expect(svg.toLowerCase()).not.toContain('<script');
    expect(svg).not.toMatch(/href=|javascript:|url\((?!#)/);
    expect(svg).toContain('font-family="Arial, Helvetica, sans-serif"');
    const names = new Set([...doc.querySelectorAll('*')].map((e) => e.tagName));
    for (const tag of names) expect(['svg', 'title', 'desc', 'defs', 'marker', 'g', 'rect', 'path', 'circle', 'line', 'text', 'tspan']).toContain(tag);
  });

  it('writes every node name as text, a hostile one as the literal characters', () => {
    for (const n of base.nodes) expect(nodeText(doc, n.id)).toContain(n.name.replace(/\s+/g, ' '));
    expect(nodeText(doc, 'dcs')).toContain(HOSTILE);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).not.toContain('<script');
  });

  it('shows holders, and "Vacant" for a post without one', () => {
    expect(nodeText(doc, 'ceo')).toContain('Ann Smith');
    expect(nodeText(doc, 'dcs')).toContain('Bob "B" Jones');
    expect(nodeText(doc, 'vacant')).toContain('Vacant');
    expect(nodeText(doc, 'board')).not.toContain('Vacant');
  });

  it('has a title block, an accessible summary and a key naming every kind shown', () => {
    const text = allText(doc);
    for (const s of ['Review & "plans"', 'Before <b>&</b>', 'As of 2020-01-01', 'Exported 2026-11-23', 'Key']) expect(text).toContain(s);
    const root = doc.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toContain('9 boxes (3 posts, 4 units, 1 body, 1 elected member)');
    expect(root.getAttribute('aria-label')).toContain('2 other links (1 political oversight, 1 governance)');
    expect(doc.querySelector('title')?.textContent).toBe('Review & "plans": Before <b>&</b>');
    expect(doc.querySelector('desc')?.textContent).toContain('9 boxes');
    for (const s of ['Post (a role held by a person)', 'Unit (a service or team)', 'Body', 'Elected member', 'Line management', 'Political oversight', 'Governance']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Strategic leadership');
    expect(text).not.toContain('Added');
  });

  it('draws each link as a curve with its own dash pattern and marker', () => {
    const links = [...doc.querySelectorAll('path[data-link]')];
    expect(links.map((l) => l.getAttribute('data-link')).sort()).toEqual(['governance', 'political']);
    for (const l of links) {
      expect(l.getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+Q/);
      expect(l.getAttribute('marker-end')).toBe(`url(#oo-link-${l.getAttribute('data-link')})`);
    }
    expect(new Set(links.map((l) => l.getAttribute('stroke-dasharray'))).size).toBe(2);
  });

  it('replaces holders with "Post holder" when names are hidden, keeping vacancies', () => {
    const hidden = renderStructureSvg(base, { ...opts, hideNames: true });
    for (const name of ['Ann Smith', 'Bob', 'Cllr Green']) expect(hidden).not.toContain(name);
    const d = parseSvg(hidden);
    expect(nodeText(d, 'ceo')).toContain('Post holder');
    expect(nodeText(d, 'cllr')).toContain('Post holder');
    expect(nodeText(d, 'vacant')).toContain('Vacant');
    expect(allText(d)).toContain('names hidden');
  });

  it('sizes the page: A4 and A3 landscape in millimetres, or fitted to the chart', () => {
    expect(svg).toMatch(/width="297mm" height="210mm" viewBox="0 0 1122.52 793.7"/);
    const a3 = renderStructureSvg(base, { ...opts, page: 'a3' });
    expect(a3).toMatch(/width="420mm" height="297mm" viewBox="0 0 1587.4 1122.52"/);
    const fit = renderStructureSvg(base, { ...opts, page: 'fit' });
    const [, w, h, vw, vh] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(fit) ?? [];
    expect(w).toBe(vw);
    expect(h).toBe(vh);
    expect(Number(w)).toBeGreaterThan(600);
  });

  it('splits a chart too wide for the sheet into pages, each at a legible scale, every box on one of them', () => {
    const wide = {
      ...base,
      nodes: [...base.nodes, ...Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, kind: 'post' as const, name: `Manager ${i}`, manager: 'ceo' })),
        ...Array.from({ length: 40 }, (_, i) => ({ id: `x${i}`, kind: 'post' as const, name: `Post ${i}`, manager: `m${i}` }))],
    };
    const pages = renderStructurePages(wide, opts).map(parseSvg);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      for (const g of page.querySelectorAll('g[transform*="scale"]')) {
        expect(Number(/scale\(([\d.]+)\)/.exec(g.getAttribute('transform')!)![1])).toBeGreaterThanOrEqual(MIN_SCALE);
      }
    }
    const drawn = new Set(pages.flatMap((p) => [...p.querySelectorAll('[data-node]')].map((e) => e.getAttribute('data-node'))));
    for (const n of wide.nodes) expect(drawn).toContain(n.id);
    expect(allText(pages[0]!)).toMatch(/Page 1 of \d+/);
    expect(allText(pages[0]!)).toMatch(/continued on page \d+/);
    expect(allText(pages[1]!)).toMatch(/continued from page 1/);
    expect(() => renderStructureSvg(wide, opts)).toThrow(/needs \d+ pages/);
    expect(renderStructurePages(wide, { ...opts, page: 'fit' })).toHaveLength(1);
  });

  it('marks changes with a worded badge and an outline, and keys them', () => {
    const d = diffStructures(base, after);
    const marked = parseSvg(renderStructureSvg(after, { ...opts, changes: d, compareTo: base }));
    expect(nodeText(marked, 'dd')).toContain('NEW');
    expect(nodeText(marked, 'u1')).toContain('MOVED');
    expect(nodeText(marked, 'dcs')).toContain('CHANGED');
    expect(nodeText(marked, 'u2')).not.toMatch(/NEW|MOVED|CHANGED/);
    const text = allText(marked);
    expect(text).toContain('Added');
    expect(text).toContain('Moved (new line manager)');
    expect(text).toContain('Removed since Before <b>&</b>: Business Support.');
    expect(marked.documentElement.getAttribute('aria-label')).toContain('1 added, 1 removed, 1 moved, 1 field changed on 1 post or unit');
  });

  it('marks removed nodes on the earlier structure', () => {
    const d = diffStructures(base, after);
    const marked = parseSvg(renderStructureSvg(base, { ...opts, changes: d, compareTo: after }));
    expect(nodeText(marked, 'u4')).toContain('REMOVED');
    expect(allText(marked)).toContain('Added in After, not shown: Deputy Director.');
  });

  it('draws a collapsed node with a count of what it hides, and leaves those out', () => {
    const c = parseSvg(renderStructureSvg(base, { ...opts, collapsed: new Set(['dcs']) }));
    expect(nodeText(c, 'dcs')).toContain('+4');
    for (const id of ['u1', 'u2', 'u3', 'u4']) expect(nodeText(c, id)).toBe('');
    expect(allText(c)).toContain('Collapsed');
    expect(c.documentElement.getAttribute('aria-label')).toContain('4 of them in collapsed groups');
  });

  it('draws links of hidden nodes to their collapsed stand-in, once per kind and pair', () => {
    const s = { ...base, links: [...base.links!, { kind: 'political' as const, from: 'cllr', to: 'u1' }, { kind: 'political' as const, from: 'cllr', to: 'u2' }] };
    const c = parseSvg(renderStructureSvg(s, { ...opts, collapsed: new Set(['dcs']) }));
    expect([...c.querySelectorAll('path[data-link]')].map((l) => l.getAttribute('data-link')).sort()).toEqual(['governance', 'political']);
  });

  it('gives the same output for the same input', () => {
    expect(renderStructureSvg(base, opts)).toBe(svg);
  });
});
