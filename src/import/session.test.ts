import { decodeWords } from '../words/fileProblems.ts';
import { readFileSync } from 'node:fs';
import { brokenWorkspaceText, hrExportWithBadManagers } from '../../test/support/badImports.ts';
import { createImportSession, loadChecked, SessionOutOfOrder, type ImportProgress } from './session.ts';

const SIZE = { nodes: 8, listed: 100 };

const bytes = (text: string) => new TextEncoder().encode(text);
const leeds = readFileSync('fixtures/leeds.json');

describe('ImportSession (the app import worker runs this)', () => {
  it('reads and checks a workspace file; its errors and its workspace cross a structured clone unchanged', () => {
    const session = createImportSession();
    const seen: ImportProgress[] = [];
    const good = session.open([{ name: 'leeds.json', bytes: new Uint8Array(leeds) }], (p) => seen.push(p));
    expect(good.kind === 'workspace' && good.result.ok).toBe(true);
    expect(structuredClone(good)).toEqual(good);
    const loaded = good.kind === 'workspace' ? loadChecked(good.result) : null;
    expect(loaded?.ok && loaded.workspace.options.map((o) => o.id)).toEqual(['option-1', 'option-2', 'option-3', 'option-4', 'option-5']);
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

  it('opens an HR export as its headers and encoding (its text stays in the session), then converts it with a mapping, saying the rows read and sending a preview only', () => {
    const session = createImportSession();
    const opened = session.open([{ name: 'staff.csv', bytes: bytes(hrExportWithBadManagers(3000)) }]);
    expect(opened).toEqual({ kind: 'csv', plan: { kind: 'hr', file: { name: 'staff.csv', encoding: 'utf-8' }, headers: ['Employee ID', 'Manager ID', 'Job Title', 'Full Name', 'Grade', 'FTE', 'Salary'] } });
    const rows: number[] = [];
    const preview = session.run({ id: 'Employee ID', manager: 'Manager ID', name: 'Job Title' }, SIZE, (p) => p.stage === 'rows' && rows.push(p.rows));
    expect(preview).toMatchObject({ ok: true, id: 'staff', title: 'staff', rows: 3000, nodes: 3000, warningCount: 3000 });
    expect(preview.warnings).toHaveLength(100);
    expect(preview.ok && preview.first.map((n) => n.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(session.warnings()).toHaveLength(3000);
    expect(rows.at(-1)).toBe(3002);
    expect(structuredClone(preview)).toEqual(preview);
    const ws = loadChecked(session.asWorkspace());
    expect(ws.ok && ws.workspace.baseline.nodes.length).toBe(3000);
  });

  it("names the first nodes' managers, and adds the run to a workspace as an option derived from its baseline", () => {
    const session = createImportSession();
    const hr = 'Employee ID,Manager ID,Job Title\nE1,,Chief Executive\nE2,E1,Director\n';
    session.open([{ name: 'staff.csv', bytes: bytes(hr) }]);
    const first = session.run({ id: 'Employee ID', manager: 'Manager ID', name: 'Job Title' }, SIZE);
    expect(first.ok && [...first.managerNames]).toEqual([['e1', 'Chief Executive']]);
    const base = loadChecked(session.asWorkspace());
    if (!base.ok) throw new Error('expected a workspace');
    session.open([{ name: 'staff-later.csv', bytes: bytes(`${hr}E3,E1,Deputy\n`) }]);
    session.run({ id: 'Employee ID', manager: 'Manager ID', name: 'Job Title' }, SIZE);
    const added = session.asOption(base.workspace, { optionId: 'later' });
    expect(added.ok && added.option.steps.map((st) => [st.op, st.why])).toEqual([['add', 'new in staff-later.csv row 4']]);
    expect(session.asOption(base.workspace, { optionId: 'staff' })).toEqual({ ok: false, error: { kind: 'id-in-use', id: 'staff' } });
  });

  it('has nothing to run before CSV files are opened, nor after a workspace file replaced them', () => {
    const session = createImportSession();
    expect(() => session.run({}, SIZE)).toThrow(new SessionOutOfOrder('run'));
    session.open([{ name: 'staff.csv', bytes: bytes(hrExportWithBadManagers(2)) }]);
    session.open([{ name: 'leeds.json', bytes: new Uint8Array(leeds) }]);
    expect(() => session.run({ id: 'Employee ID', name: 'Job Title' }, SIZE)).toThrow(new SessionOutOfOrder('run'));
    expect(() => session.asWorkspace()).toThrow(new SessionOutOfOrder('asWorkspace'));
    expect(() => session.asOption(JSON.parse(leeds.toString('utf8')), { optionId: 'x' })).toThrow(new SessionOutOfOrder('asOption'));
  });
});
