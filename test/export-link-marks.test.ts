import { fileProblemWords } from '../src/words/fileProblems.ts';
import { readFileSync } from 'node:fs';
import { diffStructures } from '../src/diff/index.ts';
import { renderComparisonPages, renderStructurePages, type ExportOptions } from '../src/export/index.ts';
import { parseWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';

// The dual-reporting case (issue 12, part 5): links added or removed are marked on the charts, not only listed,
// and two opposite links between neighbours stay apart.

const parsed = parseWorkspace(readFileSync('fixtures/cases/dual-reporting.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.map(fileProblemWords).join('\n'));
const ws = parsed.workspace;
const structures = resolveWorkspace(ws).structures;
const now = structures.get('now')!;
const ends = structures.get('project-ends')!;
const opts: ExportOptions = { workspaceTitle: ws.title, exportedOn: '2026-01-01', page: 'fit', hideNames: false, steps: ws.options[0]!.steps };

const paths = (svg: string, attr: string) => [...svg.matchAll(new RegExp(`<path[^>]* ${attr}="([^"]+)"[^>]*/>`, 'g'))];
const curve = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);

describe('links added and removed on the charts', () => {
  it('export --changes badges the new link and draws the removed one where it was, both haloed and keyed', () => {
    const [svg] = renderStructurePages(ends, { ...opts, changes: diffStructures(now, ends), compareTo: now });
    expect(svg).toContain('>NEW LINK<');
    expect(svg).toContain('>LINK REMOVED<');
    // One halo each on the chart, and one each in the key.
    expect(paths(svg!, 'data-link-mark').map((m) => m[1]).sort()).toEqual(['added', 'added', 'removed', 'removed']);
    // Three dotted links: the shared assistant's, QA's new one to Operations, and QA's old one to the project, as it was.
    expect(paths(svg!, 'data-link').filter((m) => m[1] === 'dotted')).toHaveLength(3);
    expect(svg).toContain('Link added');
    expect(svg).toContain('Link removed (drawn where it was)');
  });

  it('export --compare marks each on the side it is on, with its change number', () => {
    const pages = renderComparisonPages(now, ends, diffStructures(now, ends), opts);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/>\d+ LINK REMOVED</);
    expect(pages[0]).toMatch(/>\d+ NEW LINK</);
  });

  it('draws the two opposite partnership links between the Director and the Solicitor’s Office on either side', () => {
    const [svg] = renderStructurePages(now, opts);
    const partnership = paths(svg!, 'data-link').filter((m) => m[1] === 'partnership').map((m) => curve(/ d="([^"]+)"/.exec(m[0])![1]!));
    expect(partnership).toHaveLength(2);
    const [a, b] = partnership as [number[], number[]];
    // The control points (the bend of each curve) lie well apart, one each side of the line between the boxes.
    expect(Math.hypot(a[2]! - b[2]!, a[3]! - b[3]!)).toBeGreaterThan(40);
  });
});
