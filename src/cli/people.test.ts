import type { CliIo } from './command.ts';
import { appraise } from './appraise.ts';
import { apply } from './apply.ts';
import { check } from './check.ts';
import { diff } from './diff.ts';
import { staffedWorkspace } from '../../test/people/staffed.ts';

const text = JSON.stringify(staffedWorkspace());
const broken = JSON.stringify({ ...staffedWorkspace(), currency: 'pounds' }).replace('"fte":300', '"fte":-300');
const io: CliIo = { readText: (p) => (p === 'broken.json' ? broken : text) };

describe('command line on a workspace with FTE and pay (people.md)', () => {
  it('check accepts it and states the baseline staffing', () => {
    const out = check.run(['ws.json'], io);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('ws.json: valid — "Staffed sample", 7 posts and units, 2 options; baseline 355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced');
  });

  it('check refuses a negative FTE and a bad currency, naming the file and the place', () => {
    const out = check.run(['broken.json'], io);
    expect(out.code).toBe(1);
    expect(out.stderr).toEqual([
      'broken.json: currency: "pounds" is not an ISO 4217 currency code (three capital letters, such as "GBP")',
      'broken.json: baseline.nodes[3] "social-care".fte: fte -300 is negative',
    ]);
  });

  it('diff --json reports fte changes with their values', () => {
    const out = diff.run(['ws.json', 'base', 'cut', '--json'], io);
    expect(JSON.parse(out.stdout!).changed).toEqual([{ node: 'dcs', field: 'fte', from: 1, to: 0.5 }]);
  });

  it('diff states both totals, the change and each node’s own cost effect', () => {
    const out = diff.run(['ws.json', 'base', 'cut'], io);
    expect(out.stdout).toContain('  Changed: Director of Children’s Services: FTE 1 → 0.5');
    expect(out.stdout).toContain('Staffing: 355 FTE · £9.4m–£12.4m a year · 50 FTE unpriced → 304 FTE · £9.3m–£12.4m a year');
    expect(out.stdout).toContain('  Change: −50.5 FTE · −£60k to −£65k a year · unpriced −50 FTE');
    expect(out.stdout).toContain('  Director of Children’s Services (changed): −0.5 FTE, −£60k to −£65k a year');
    expect(out.stdout).toContain('  Early Years (removed): −50 FTE, no cost effect');
  });

  it('apply keeps grade, fte and pay on the resolved nodes', () => {
    const s = JSON.parse(apply.run(['ws.json', 'grow'], io).stdout!) as { nodes: { id: string }[] };
    expect(s.nodes.find((n) => n.id === 'deputy')).toEqual({ id: 'deputy', kind: 'post', name: 'Deputy Director', manager: 'dcs', grade: 'Deputy', fte: 1, pay: { min: 90000, max: 100000 } });
  });

  it('appraise --json gives each row fte, costMin, costMax, unpricedFte and their changes', () => {
    const t = JSON.parse(appraise.run(['ws.json', '--json'], io).stdout!) as { currency: string; rows: { evidence: Record<string, unknown> }[] };
    expect(t.currency).toBe('GBP');
    expect(t.rows[1]!.evidence).toMatchObject({ id: 'cut', fte: 304, costMin: 9340000, costMax: 12365000, unpricedFte: 0, fteChange: -50.5, costMinChange: -60000, costMaxChange: -65000, unpricedFteChange: -50 });
  });
});

describe('Leeds: Education Leeds staff move into the council under Option 5', () => {
  it('diff names both organisations with their staff before and after', async () => {
    const { readFileSync } = await import('node:fs');
    const out = diff.run(['fixtures/leeds.json', 'leeds-2006', 'option-5'], { readText: (p) => readFileSync(p, 'utf8') });
    expect(out.stdout).toContain('  Leeds City Council: no FTE recorded → 1,150 FTE, no pay recorded');
    expect(out.stdout).toContain('  Education Leeds: 1,150 FTE, no pay recorded → no longer a separate organisation');
  });
});
