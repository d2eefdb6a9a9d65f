import { readFileSync } from 'node:fs';
import { diffStructures } from '../diff/index.ts';
import { parseWorkspace } from '../io/index.ts';
import type { Structure } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { FSI, PDI } from '../words/index.ts';
import { renderComparisonPages, renderComparisonSvg, renderStructurePages, renderStructureSvg, type ExportOptions } from './index.ts';

const opts: ExportOptions = { workspaceTitle: 'W', exportedOn: '2026-01-01', page: 'a3', hideNames: false };

function load(path: string, option: string): { a: Structure; b: Structure; steps: ExportOptions['steps'] } {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const ws = parsed.workspace;
  return { a: ws.baseline, b: resolveWorkspace(ws).structures.get(option)!, steps: ws.options.find((o) => o.id === option)!.steps };
}

/** The text content of an SVG's <text> elements, entities decoded enough for these checks. */
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"'));

describe('the paper says what the screen says', () => {
  it('an elected member with no holder reads "Vacant" on paper, as on screen', () => {
    const s: Structure = { id: 's', title: 'S', nodes: [{ id: 'cllr', kind: 'member', name: 'Executive Member' }, { id: 'u', kind: 'unit', name: 'A Unit', manager: 'cllr' }] };
    const t = texts(renderStructureSvg(s, opts));
    expect(t).toContain('Vacant');
    expect(t.filter((x) => x === 'Vacant')).toHaveLength(1);
  });

  it('tells same-titled posts apart in the change table (cases/same-titles.json)', () => {
    const { a, b, steps } = load('test/cases/same-titles.json', 'rebalance');
    const svg = renderComparisonSvg(a, b, diffStructures(a, b), { ...opts, steps });
    const all = texts(svg).join(' ');
    expect(all).toContain('Caseworker (Dee Hart): Team Leader (Bea Lomax) → Team Leader (Cal');
    expect(all).toContain('Removed: Team Leader (vacant)');
  });

  it('isolates right-to-left names in SVG text with FSI … PDI (cases/right-to-left-names.json)', () => {
    const { a, b, steps } = load('test/cases/right-to-left-names.json', 'merge');
    const svg = renderComparisonSvg(a, b, diffStructures(a, b), { ...opts, steps });
    const rows = texts(svg).filter((t) => t.includes('→'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toContain(FSI);
      expect(row.split(FSI).length).toBe(row.split(PDI).length);
    }
  });

  it('shows an unclosed U+202E as \\u202e instead of reversing the table (cases/hostile/bidi-override-in-a-name.json)', () => {
    const { a, b, steps } = load('test/cases/hostile/bidi-override-in-a-name.json', 'opt-1');
    const svg = renderComparisonSvg(a, b, diffStructures(a, b), { ...opts, steps });
    expect(svg).not.toContain('\u202e');
    expect(texts(svg).join(' ')).toContain('\\u202e');
  });

  it('writes no control character into the SVG (cases/hostile/terminal-escapes-in-names.json)', () => {
    const { a, b, steps } = load('test/cases/hostile/terminal-escapes-in-names.json', 'opt-1');
    const pages = [...renderComparisonPages(a, b, diffStructures(a, b), { ...opts, steps }), ...renderStructurePages(b, { ...opts, changes: diffStructures(a, b), compareTo: a })];
    expect(pages.length).toBeGreaterThan(0);
    for (const svg of pages) {
      // eslint-disable-next-line no-control-regex -- the test is that none of these reach the paper
      expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
  });
});
