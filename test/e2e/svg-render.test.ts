import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffStructures } from '../../src/diff/index.ts';
import { renderComparisonSvg, renderStructureSvg, type ExportOptions } from '../../src/export/index.ts';
import { parseWorkspace } from '../../src/io/index.ts';
import type { Structure } from '../../src/model/types.ts';
import { resolveWorkspace } from '../../src/options/index.ts';
import { after, base, HOSTILE } from '../support/exportSample.ts';

// Exported SVG read back by the tools a Board pack goes through: libxml2 (well-formed), librsvg (renders to PDF)
// and poppler (the text is real text).

const dir = mkdtempSync(join(tmpdir(), 'svg-render-'));
const parsed = parseWorkspace(readFileSync('fixtures/leeds.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ws = parsed.workspace;
const structures = resolveWorkspace(ws).structures;
const leeds = structures.get('leeds-2006')!;
const option5 = structures.get('option-5')!;
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
    ['leeds-2006', () => renderStructureSvg(leeds, opts), leeds],
    ['option-5-changes', () => renderStructureSvg(option5, { ...opts, changes: diffStructures(leeds, option5), compareTo: leeds }), option5],
    ['option-5-fit-hidden', () => renderStructureSvg(option5, { ...opts, page: 'fit', hideNames: true }), option5],
  ] as const)('%s: every node name is in the PDF', (name, render, s) => {
    expect(missingNames(renderedText(name, render()), s)).toEqual([]);
  });

  it('the comparison page carries both charts and the change table as text', () => {
    const steps = ws.options.find((o) => o.id === 'option-5')!.steps;
    const text = renderedText('comparison', renderComparisonSvg(leeds, option5, diffStructures(leeds, option5), { ...opts, steps }));
    expect(missingNames(text, leeds)).toEqual([]);
    expect(missingNames(text, option5)).toEqual([]);
    expect(text).toMatch(/Changes \(\d+\)/);
    expect(text).toContain('Why:');
  });

  it('hostile names come out as the literal text, not markup', () => {
    const text = renderedText('hostile', renderComparisonSvg(base, after, diffStructures(base, after), opts));
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain(`& 'Q' ]]>`);
    // Without an emoji font, librsvg draws the emoji as a box of its code point (01F389), still no markup.
    const asDrawn = text.replace(/01F ?389/g, '🎉');
    expect(missingNames(asDrawn, base)).toEqual([]);
    expect(asDrawn).toContain(HOSTILE);
  });
});
