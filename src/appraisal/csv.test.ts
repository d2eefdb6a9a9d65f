import { csvField, toCsv } from './csv.ts';
import { joinJudgements } from './table.ts';
import { criterionHeading } from '../words/appraisal.ts';
import { sampleEvidence as evidence } from '../../test/appraisal/sampleEvidence.ts';
import type { Workspace } from '../model/types.ts';

/** An RFC 4180 reader, to check that what toCsv writes reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

const ws = (appraisal: Workspace['appraisal']): Workspace => ({
  format: 'org-options/1', title: 'T', options: [], appraisal,
  baseline: { id: 'base', title: 'Base', nodes: [] },
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('plain')).toBe('plain');
  });

  it.each(['=1+1', '+44 113', '-2', '@SUM(A1)', '\tx', '\rx'])('makes %j inert as a formula', (text) => {
    const out = csvField(text);
    const unquoted = out.startsWith('"') ? out.slice(1, -1).replaceAll('""', '"') : out;
    expect(unquoted).toBe(`'${text}`);
  });

  it('leaves numbers, negative ones included, as numbers and null as empty', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv', () => {
  const note = 'Risky, "very"\nsee =HYPERLINK("x")';
  const table = joinJudgements(
    ws({ preferred: 'opt', scores: { opt: { risk: { score: 2, note }, quality: { score: 5 } } } }),
    [evidence('base', 'Base', true), evidence('opt', '=cmd|calc, option')],
  );
  const rows = readCsv(toCsv(table));

  it('has a header and one row per structure, all the same width', () => {
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('names the criteria as the scoping paper does, each with a score and a note column', () => {
    const header = rows[0]!;
    expect(header).toContain('(a) Improving quality and adding value');
    expect(header).toContain('(e) Risks, benefits and corporate implications: note');
    const at = (h: string) => header.indexOf(h);
    const row = rows[2]!;
    expect(row[at(criterionHeading('risk'))]).toBe('2');
    expect(row[at(`${criterionHeading('risk')}: note`)]).toBe(note);
    expect(row[at(criterionHeading('pace'))]).toBe('');
  });

  it('reads back every cell, with formula text prefixed', () => {
    const header = rows[0]!;
    const row = rows[2]!;
    expect(row[header.indexOf('Option')]).toBe("'=cmd|calc, option");
    expect(row[header.indexOf('Preferred')]).toBe('yes');
    expect(row[header.indexOf('Statutory lead')]).toBe('Lead, the "Director"');
    expect(row[header.indexOf('Links: which')]).toBe('strategic leadership 1');
  });
});
