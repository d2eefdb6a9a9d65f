import { readFileSync } from 'node:fs';
import { renderComparisonPages, renderStructurePages, type ExportOptions } from '../src/export/index.ts';
import { diffStructures } from '../src/diff/index.ts';
import type { Structure } from '../src/model/types.ts';

// Issue 10: in a paginated export, a link whose two ends fall on different printed pages was drawn on neither page.
// Each end is now marked on its own page, naming the other end and the page it is on.

const wide = JSON.parse(readFileSync('fixtures/cases/wide-span-500-reports.json', 'utf8')) as { baseline: Structure };
/** 500 caseworkers under one director (they need several A4 pages), with a dotted link from the first to the last. */
const linked: Structure = {
  ...wide.baseline,
  links: [{ kind: 'dotted', from: 'caseworker-001', to: 'caseworker-500' }],
};
const opts: ExportOptions = { workspaceTitle: 'Off-page links', exportedOn: '2026-01-01', page: 'a4', orientation: 'landscape', hideNames: false };

/** The number (from 1) of the page that draws a node's box, which the page carries as data-node. */
const pageOf = (pages: readonly string[], id: string): number => pages.findIndex((svg) => svg.includes(`data-node="${id}"`)) + 1;

describe('a link whose ends are printed on different pages', () => {
  const pages = renderStructurePages(linked, opts);
  const from = pageOf(pages, 'caseworker-001');
  const to = pageOf(pages, 'caseworker-500');

  it('is a case of two pages (the premise)', () => {
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    expect(pages.filter((svg) => svg.includes('data-link="dotted"'))).toEqual([]);
  });

  it('is marked at each end, naming the other end and its page, with the key saying what the mark is', () => {
    expect(pages[from - 1]).toContain('data-off-page="caseworker-500"');
    expect(pages[from - 1]).toContain(`→ Caseworker 500, page ${to}`);
    expect(pages[to - 1]).toContain('data-off-page="caseworker-001"');
    expect(pages[to - 1]).toContain(`← Caseworker 001, page ${from}`);
    expect(pages[from - 1]).toContain('Link to a box on another page');
  });

  it('is not marked on pages that hold neither end', () => {
    pages.forEach((svg, i) => {
      if (i + 1 !== from && i + 1 !== to) expect(svg).not.toContain('data-off-page');
    });
  });

  it('is marked in a paginated comparison too, with page numbers counted across both charts', () => {
    const comparison = renderComparisonPages(linked, linked, diffStructures(linked, linked), opts);
    const a = comparison.findIndex((svg) => svg.includes('data-off-page="caseworker-500"')) + 1;
    const b = comparison.findIndex((svg) => svg.includes('data-off-page="caseworker-001"')) + 1;
    expect(a).toBeGreaterThan(0);
    expect(comparison[a - 1]).toContain(`→ Caseworker 500, page ${b}`);
    expect(comparison[b - 1]).toContain(`← Caseworker 001, page ${a}`);
  });

  it('gathers several such links on one box into one mark: how many, and to which pages', () => {
    const two: Structure = { ...linked, links: [...linked.links!, { kind: 'strategic', from: 'caseworker-499', to: 'caseworker-001' }] };
    const drawn = renderStructurePages(two, opts);
    expect(drawn[from - 1]).toContain(`2 links to page ${to}`);
    expect(drawn[from - 1]).toContain('Strategic leadership from Caseworker 499');
  });

  it('draws a link with both ends on one page as a link, without marks', () => {
    const near: Structure = { ...wide.baseline, links: [{ kind: 'dotted', from: 'caseworker-001', to: 'caseworker-002' }] };
    const drawn = renderStructurePages(near, opts);
    expect(drawn.some((svg) => svg.includes('data-link="dotted"'))).toBe(true);
    expect(drawn.join('')).not.toContain('data-off-page');
  });
});

describe('a removed link whose ends are printed on different pages (export --changes)', () => {
  it('is marked at each end as removed, with the other end and its page', () => {
    const after: Structure = { ...wide.baseline, links: [] };
    const pages = renderStructurePages(after, { ...opts, changes: diffStructures(linked, after), compareTo: linked });
    const from = pageOf(pages, 'caseworker-001');
    const to = pageOf(pages, 'caseworker-500');
    expect(to).toBeGreaterThan(from);
    // The name is cut to fit the narrower box of a team; the tooltip names it in full.
    expect(pages[from - 1]).toMatch(new RegExp(`>→ Cas[^<]*, page ${to}, removed<`));
    expect(pages[to - 1]).toMatch(new RegExp(`>← Cas[^<]*, page ${from}, removed<`));
    expect(pages[from - 1]).toContain(`Dotted-line reporting, removed, to Caseworker 500, on page ${to}`);
  });
});
