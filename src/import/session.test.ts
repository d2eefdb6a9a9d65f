import { decodeWords } from '../words/fileProblems.ts';
import { readFileSync } from 'node:fs';
import { brokenWorkspaceText, hrExportWithBadManagers } from '../../test/support/badImports.ts';
import { createImportSession, SessionOutOfOrder, type ImportProgress } from './session.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const leeds = readFileSync('fixtures/leeds.json');

describe('ImportSession (the app import worker runs this)', () => {
  it('reads and checks a workspace file; its errors and its workspace cross a structured clone unchanged', () => {
    const session = createImportSession();
    const seen: ImportProgress[] = [];
    const good = session.open([{ name: 'leeds.json', bytes: new Uint8Array(leeds) }], (p) => seen.push(p));
    expect(good.kind === 'workspace' && good.result.ok).toBe(true);
    expect(structuredClone(good)).toEqual(good);
    expect(seen).toEqual([{ stage: 'reading', bytes: leeds.length }, { stage: 'checking', bytes: leeds.length }]);

    const bad = session.open([{ name: 'broken.json', bytes: bytes(brokenWorkspaceText(250)) }]);
    expect(bad.kind === 'workspace' && !bad.result.ok && bad.result.errors.length).toBe(250);
  });

  it('names a workspace file that is not UTF-8, and refuses files that do not go together', () => {
    const session = createImportSession();
    const latin1 = Uint8Array.from('{"title":"Caf\u00e9"}', (c) => c.charCodeAt(0));
    const opened = session.open([{ name: 'l.json', bytes: latin1 }]);
    expect(opened).toEqual({ kind: 'not-utf8', file: 'l.json', error: { kind: 'not-utf8', byte: 0xe9, offset: 13, line: 1 } });
    if (opened.kind === 'not-utf8') expect(decodeWords(opened.error)).toMatch(/byte 0xE9 at offset 13/);
    expect(session.open([{ name: 'a.json', bytes: bytes('{}') }, { name: 'b.csv', bytes: bytes('a,b\n') }])).toEqual({ kind: 'refused', plan: { kind: 'refused', reason: 'mixed', files: ['a.json', 'b.csv'] } });
  });

  it('opens an HR export as its headers and encoding (its text stays in the session), then converts it with a mapping, saying the rows read', () => {
    const session = createImportSession();
    const opened = session.open([{ name: 'staff.csv', bytes: bytes(hrExportWithBadManagers(3000)) }]);
    expect(opened).toEqual({ kind: 'csv', plan: { kind: 'hr', file: { name: 'staff.csv', encoding: 'utf-8' }, headers: ['Employee ID', 'Manager ID', 'Job Title', 'Full Name', 'Grade', 'FTE', 'Salary'] } });
    const rows: number[] = [];
    const result = session.run({ id: 'Employee ID', manager: 'Manager ID', name: 'Job Title' }, (p) => p.stage === 'rows' && rows.push(p.rows));
    expect(result.ok && result.structure.nodes.length).toBe(3000);
    expect(result.warnings).toHaveLength(3000);
    expect(rows.at(-1)).toBe(3002);
    expect(structuredClone(result)).toEqual(result);
    const ws = session.asWorkspace();
    expect(ws.ok && ws.workspace.baseline.nodes.length).toBe(3000);
  });

  it('has nothing to run before CSV files are opened, nor after a workspace file replaced them', () => {
    const session = createImportSession();
    expect(() => session.run({})).toThrow(new SessionOutOfOrder('run'));
    session.open([{ name: 'staff.csv', bytes: bytes(hrExportWithBadManagers(2)) }]);
    session.open([{ name: 'leeds.json', bytes: new Uint8Array(leeds) }]);
    expect(() => session.run({ id: 'Employee ID', name: 'Job Title' })).toThrow(new SessionOutOfOrder('run'));
    expect(() => session.asWorkspace()).toThrow(new SessionOutOfOrder('asWorkspace'));
  });
});
