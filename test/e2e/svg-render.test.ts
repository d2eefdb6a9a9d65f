import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffStructures } from '../../src/diff/index.ts';
import { renderComparisonPages, renderComparisonSvg, renderStructurePages, type ExportOptions } from '../../src/export/index.ts';
import { parseWorkspace } from '../../src/io/index.ts';
import type { Structure } from '../../src/model/types.ts';
import { resolveWorkspace } from '../../src/options/index.ts';
import { after, base, HOSTILE } from '../support/exportSample.ts';
import { printedText } from '../support/printedSize.ts';

// Exported SVG read back by the tools a Board pack goes through: libxml2 (well-formed), librsvg (renders to PDF;
// it refuses images over 32,767 px) and poppler (the text is real text). Every page of a paginated export too.

const dir = mkdtempSync(join(tmpdir(), 'svg-render-'));
function load(path: string) {
  const parsed = parseWorkspace(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { ws: parsed.workspace, structures: resolveWorkspace(parsed.workspace).structures };
}
const { ws, structures } = load('fixtures/leeds.json');
const leeds = structures.get('leeds-2006')!;
const option5 = structures.get('option-5')!;
const steps = ws.options.find((o) => o.id === 'option-5')!.steps;
const wide = load('fixtures/cases/wide-span-500-reports.json');
const wideNow = wide.structures.get('now')!;
const wideTeam = wide.structures.get('add-team-manager')!;
const opts: ExportOptions = { workspaceTitle: ws.title, exportedOn: '2026-01-01', page: 'a3', hideNames: false };

/** Writes the SVG, checks it with xmllint, renders it to PDF with rsvg-convert and returns pdftotext's text, whitespace normalised. */
function renderedText(name: string, svg: string): string {
  const svgPath = join(dir, `${name}.svg`);
  const pdfPath = join(dir, `${name}.pdf`);
  writeFileSync(svgPath, svg);
  execFileSync('xmllint', ['--noout', svgPath], { stdio: 'pipe' });
  execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdfPath, svgPath], { stdio: 'pipe' });
  return execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The nodes whose whole name (wrapped over lines in its box, so whitespace normalised) is not in the text. */
function missingNames(text: string, s: Structure): string[] {
  return s.nodes.filter((n) => !text.includes(n.name.replace(/\s+/g, ' ').trim())).map((n) => `${n.id}: ${n.name}`);
}

describe('exported SVG through librsvg and poppler', () => {
  it.each([
    ['leeds-2006-fit', () => renderStructurePages(leeds, { ...opts, page: 'fit' }), leeds],
    ['option-5-changes', () => renderStructurePages(option5, { ...opts, changes: diffStructures(leeds, option5), compareTo: leeds }), option5],
    ['option-5-fit-hidden', () => renderStructurePages(option5, { ...opts, page: 'fit', hideNames: true }), option5],
  ] as const)('%s: every node name is in the PDF', (name, render, s) => {
    const text = render().map((svg, i) => renderedText(`${name}-${i + 1}`, svg)).join(' ');
    expect(missingNames(text, s)).toEqual([]);
  });

  it('the fitted comparison carries both charts and the change table as text', () => {
    const text = renderedText('comparison', renderComparisonSvg(leeds, option5, diffStructures(leeds, option5), { ...opts, page: 'fit', steps }));
    expect(missingNames(text, leeds)).toEqual([]);
    expect(missingNames(text, option5)).toEqual([]);
    expect(text).toMatch(/Changes \(\d+\)/);
    expect(text).toContain('Why:');
  });

  it('hostile names come out as the literal text, not markup', () => {
    const text = renderedText('hostile', renderComparisonSvg(base, after, diffStructures(base, after), { ...opts, page: 'fit' }));
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain(`& 'Q' ]]>`);
    // Without an emoji font, librsvg draws the emoji as a box of its code point (01F389), still no markup.
    const asDrawn = text.replace(/01F ?389/g, '🎉');
    expect(missingNames(asDrawn, base)).toEqual([]);
    expect(asDrawn).toContain(HOSTILE);
  });
});

describe('every page of a paginated Board export renders, at 7 pt or more, with its text', () => {
  const documents: [string, (o: ExportOptions) => string[], Structure[]][] = [
    ['leeds-option-5', (o) => renderStructurePages(option5, { ...o, changes: diffStructures(leeds, option5), compareTo: leeds }), [option5]],
    ['leeds-comparison', (o) => renderComparisonPages(leeds, option5, diffStructures(leeds, option5), { ...o, steps }), [leeds, option5]],
    ['wide-500', (o) => renderStructurePages(wideTeam, o), [wideTeam]],
    ['wide-500-comparison', (o) => renderComparisonPages(wideNow, wideTeam, diffStructures(wideNow, wideTeam), o), [wideNow, wideTeam]],
    ['wide-500-fit', (o) => renderStructurePages(wideTeam, { ...o, page: 'fit' }), [wideTeam]],
  ];
  const sheets = [['a4', 'landscape'], ['a3', 'portrait']] as const;
  it.each(documents.flatMap(([name, render, shown]) => sheets.map(([page, orientation]) => [`${name} ${page} ${orientation}`, render, shown, page, orientation] as const)))(
    '%s', (name, render, shown, page, orientation) => {
      const pages = render({ ...opts, page, orientation });
      const texts = pages.map((svg, i) => {
        const text = renderedText(`${name.replace(/ /g, '-')}-${i + 1}`, svg);
        if (!name.includes('fit')) {
          expect(printedText(svg).minPt, `page ${i + 1}`).toBeGreaterThanOrEqual(7);
          if (pages.length > 1) expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
        }
        // Each box drawn on the page is there as text (under its name on either side of a comparison).
        const ids = [...svg.matchAll(/<g data-node="([^"]+)">/g)].map((m) => m[1]!);
        const namesOf = (id: string) => shown.flatMap((s) => s.nodes.filter((n) => n.id === id).map((n) => n.name.replace(/\s+/g, ' ')));
        expect(ids.filter((id) => !namesOf(id).some((n) => text.includes(n))), `page ${i + 1}`).toEqual([]);
        return text;
      });
      for (const s of shown) expect(missingNames(texts.join(' '), s)).toEqual([]);
    }, 300_000);
});
