import type { OrgNode, Structure } from '../src/model/types.ts';
import { diffStructures } from '../src/diff/index.ts';
import { addReturnAsOption, importOrganogram, workspaceOf } from '../src/import/index.ts';
import { validateWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { warningWords } from '../src/words/import.ts';
import { peopleMeasures } from '../src/model/people.ts';
import { expectedTotals, readSample, sampleReturns, samplesDir } from './support/organograms.ts';

const dir = samplesDir();
const returns = sampleReturns(dir);

function imported(stem: string) {
  const r = importOrganogram({ senior: readSample(dir, stem, 'senior'), junior: readSample(dir, stem, 'junior') });
  if (!r.ok) throw new Error(`${stem}: ${JSON.stringify(r.errors)}`);
  return r;
}
const expected = (stem: string) => expectedTotals(readSample(dir, stem, 'senior').text, readSample(dir, stem, 'junior').text);
const sum = (nodes: OrgNode[], f: (n: OrgNode) => number) => nodes.reduce((t, n) => t + f(n), 0);

describe('every sample return', () => {
  it('is there: the seven returns of the README', () => {
    expect(returns).toEqual([
      'acas-2013-09-30',
      'cafcass-2011-03-31',
      'cafcass-2011-09-30',
      'home-office-2011-03-31',
      'home-office-2011-09-30',
      'ofsted-2011-03-31',
      'ofsted-2011-09-30',
    ]);
  });

  it.each(returns)('%s imports with the posts, groups, FTE and cost an independent reading gives', (stem) => {
    const r = imported(stem);
    const want = expected(stem);
    const posts = r.structure.nodes.filter((n) => n.kind === 'post');
    const units = r.structure.nodes.filter((n) => n.kind === 'unit');
    expect(new Set(posts.map((n) => n.ref!.toLowerCase()))).toEqual(want.posts);
    expect(posts).toHaveLength(want.posts.size);
    expect(units).toHaveLength(want.groups.size);
    const fte = sum(r.structure.nodes, (n) => n.fte ?? 0);
    expect(fte).toBeCloseTo(want.fte, 6);
    // weighted pay is kept to the penny: allow half a penny per FTE
    const slack = 0.005 * fte + 0.01;
    expect(Math.abs(sum(r.structure.nodes, (n) => (n.pay ? (n.fte ?? 0) * n.pay.min : 0)) - want.costMin)).toBeLessThan(slack);
    expect(Math.abs(sum(r.structure.nodes, (n) => (n.pay ? (n.fte ?? 0) * n.pay.max : 0)) - want.costMax)).toBeLessThan(slack);
    // the product's own measures (people.md) read the same totals off the imported structure
    const total = peopleMeasures(r.structure).total;
    expect(total.fte).toBeCloseTo(want.fte, 6);
    expect(Math.abs(total.costMin - want.costMin)).toBeLessThan(slack);
    expect(Math.abs(total.costMax - want.costMax)).toBeLessThan(slack);
    for (const n of posts) expect(n.manager ?? null, n.ref).toBe(want.managerOf.get(n.ref!.toLowerCase()) === null ? null : r.structure.nodes.find((m) => m.ref?.toLowerCase() === want.managerOf.get(n.ref!.toLowerCase()))!.id);
    expect(r.warnings.filter((w) => w.kind === 'eliminated')).toHaveLength(want.eliminatedRows);
    expect(validateWorkspace(workspaceOf(r.structure)).ok).toBe(true);
  });

  it.each(returns)('%s: every warning names its file, a data row and a column of that file', (stem) => {
    const r = imported(stem);
    const headers = new Map(['senior', 'junior'].map((p) => [`${stem}-${p}.csv`, readSample(dir, stem, p as 'senior').text.split(/\r?\n/)[0]!]));
    for (const w of r.warnings) {
      expect(headers.has(w.file)).toBe(true);
      expect(w.row).toBeGreaterThanOrEqual(2);
      expect(headers.get(w.file)).toContain(w.column);
    }
  });
});

describe('the faults the samples carry', () => {
  it('Acas (older layout): the index column is ignored, pay 0 is unpriced with a warning, the chief executive reporting to itself is a root', () => {
    const r = imported('acas-2013-09-30');
    expect(r.structure.nodes.find((n) => n.ref === '1')).toMatchObject({ name: 'Chief Executive', manager: null, pay: { min: 110000, max: 114999 } });
    expect(r.structure.nodes.find((n) => n.ref === '5')).toMatchObject({ name: 'Chief Operating Officer', manager: '1' });
    expect(r.structure.nodes.find((n) => n.ref === '5')!.pay).toBeUndefined();
    expect(r.warnings.filter((w) => w.kind === 'pay-unusable').map((w) => w.row)).toEqual([2, 3, 5, 6, 7]);
    expect(r.warnings.filter((w) => w.kind === 'reports-to-itself')).toEqual([{ kind: 'reports-to-itself', file: 'acas-2013-09-30-senior.csv', row: 4, column: 'Reports to Senior Post', ref: '1', title: 'Chief Executive' }]);
    // A post is named by its job title and reference, not the reference alone.
    expect(warningWords(r.warnings.find((w) => w.kind === 'pay-unusable')!)).toBe(
      'acas-2013-09-30-senior.csv row 2, column "Actual Pay Ceiling (£)": pay given as 0; Chief Operating Officer (ref "5") left unpriced',
    );
    expect(r.structure.nodes.filter((n) => n.holder === 'Not disclosed')).toHaveLength(2);
  });

  it("Home Office: quoted 'Eliminated' posts are left out, job shares are one post, reports to eliminated posts are roots with warnings", () => {
    const r = imported('home-office-2011-09-30');
    const share = r.structure.nodes.filter((n) => n.ref === '2SIIGSEC');
    expect(share).toHaveLength(1);
    expect(share[0]).toMatchObject({ holder: 'Person BF2900 / Person BD36C1' });
    expect(share[0]!.fte).toBeCloseTo(0.5 + 0.36);
    expect(r.origins.get(share[0]!.id)!.rows).toEqual([54, 55]);
    // one row of 1CPG19 is eliminated, the other kept: the post stays, with the kept row only
    expect(r.origins.get('1cpg19')!.rows).toEqual([47]);
    expect(r.warnings.filter((w) => w.kind === 'eliminated')).toHaveLength(32);
    expect(r.warnings.some((w) => w.kind === 'unknown-manager' && w.eliminated)).toBe(true);
    expect(r.structure.nodes.filter((n) => n.holder === 'Not disclosed').length).toBeGreaterThan(0);
  });

  it("Ofsted: blank FTE is warned and left absent, ND is not disclosed, 'Vacant' is vacant, N/D pay is unpriced without a warning", () => {
    const march = imported('ofsted-2011-03-31');
    expect(march.warnings.filter((w) => w.kind === 'fte-not-number').map((w) => w.row)).toEqual([9, 12, 21]);
    const sept = imported('ofsted-2011-09-30');
    expect(sept.warnings).toEqual([]);
    expect(sept.structure.nodes.find((n) => n.ref === 'IDI1')).toMatchObject({ holder: 'Not disclosed' });
    expect(sept.structure.nodes.find((n) => n.ref === 'IDI1')!.pay).toBeUndefined();
    expect(sept.structure.nodes.filter((n) => n.kind === 'post' && n.holder === null)).toHaveLength(5);
  });

  it('junior rows repeated under one post are pooled into one group', () => {
    const r = imported('cafcass-2011-03-31');
    expect(r.structure.nodes.filter((n) => n.kind === 'unit')).toHaveLength(72);
    expect([...r.origins.values()].some((o) => o.file.endsWith('junior.csv') && o.rows.length > 1)).toBe(true);
  });
});

describe('March → September as an option', () => {
  const refs = (s: Structure, ids: string[]) => new Set(ids.map((id) => s.nodes.find((n) => n.id === id)!.ref?.toLowerCase() ?? id));

  it.each(['ofsted', 'cafcass', 'home-office'])('%s: the derived option gives September exactly, and the diff adds, removes and moves what the files say', (body) => {
    const march = imported(`${body}-2011-03-31`);
    const sept = imported(`${body}-2011-09-30`);
    const added = addReturnAsOption(workspaceOf(march.structure), { structure: sept.structure, file: `${body}-2011-09-30-senior.csv`, origins: sept.origins }, { optionId: 'september' });
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    expect(validateWorkspace(added.workspace).ok).toBe(true);
    const resolved = resolveWorkspace(added.workspace);
    expect(resolved.errors).toEqual([]);
    const after = resolved.structures.get('september')!;
    const fields = (s: Structure) =>
      s.nodes.map((n) => [n.id, n.manager ?? null, n.name, n.holder ?? null, n.grade ?? null, n.fte ?? null, n.pay ?? null, n.unit ?? null, n.role ?? null, n.ref ?? null]).sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(fields(after)).toEqual(fields(sept.structure));
    for (const step of added.option.steps) expect(step.why).toMatch(new RegExp(`${body}-2011-09-30-(senior|junior)\\.csv`));

    const d = diffStructures(march.structure, after);
    const a = expected(`${body}-2011-03-31`);
    const b = expected(`${body}-2011-09-30`);
    const postsAdded = [...b.posts].filter((p) => !a.posts.has(p));
    const postsRemoved = [...a.posts].filter((p) => !b.posts.has(p));
    const postsMoved = [...b.posts].filter((p) => a.posts.has(p) && a.managerOf.get(p) !== b.managerOf.get(p));
    expect(refs(after, d.added.filter((id) => after.nodes.find((n) => n.id === id)!.kind === 'post'))).toEqual(new Set(postsAdded));
    expect(refs(march.structure, d.removed.filter((id) => march.structure.nodes.find((n) => n.id === id)!.kind === 'post'))).toEqual(new Set(postsRemoved));
    expect(refs(after, d.moved.map((m) => m.node).filter((id) => after.nodes.find((n) => n.id === id)!.kind === 'post'))).toEqual(new Set(postsMoved));
    // a junior group is the same from one return to the next when its key reads the same in letters and digits
    // (ids "within the slug rule": Home Office's March titles end in a stray U+FFFD that September's do not)
    const letters = (groups: Set<string>) => new Set([...groups].map((g) => g.replace(/[^a-z0-9|]+/g, '')));
    const [ga, gb] = [letters(a.groups), letters(b.groups)];
    expect(d.added.length - postsAdded.length).toBe([...gb].filter((g) => !ga.has(g)).length);
    expect(d.removed.length - postsRemoved.length).toBe([...ga].filter((g) => !gb.has(g)).length);
  });
});
