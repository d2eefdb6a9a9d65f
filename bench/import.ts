import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deriveSteps, importOrganogram } from '../src/import/index.ts';
import { applySteps } from '../src/options/index.ts';
import { generateReturn } from './organogram.ts';
import { median, printRows, type BenchRow } from './timing.ts';

function imported(senior: string, junior: string) {
  const r = importOrganogram({ senior: { name: 'senior.csv', text: senior }, junior: { name: 'junior.csv', text: junior } });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

/**
 * Organogram import (people.md): the largest sample return (Home Office, September 2011) when the samples are
 * beside the clone, and a synthetic return of 12,000 rows (2,000 posts, 10,000 junior rows) with its derived
 * option against a later return with a tenth of it changed.
 */
export function benchImport(): BenchRow[] {
  const rows: BenchRow[] = [];
  const dir = [resolve('../shared/data/organograms'), resolve('../../shared/data/organograms')].find((d) => {
    try {
      return readFileSync(resolve(d, 'README.md')).length > 0;
    } catch {
      return false;
    }
  });
  if (dir) {
    const s = readFileSync(resolve(dir, 'home-office-2011-09-30-senior.csv'), 'utf8');
    const j = readFileSync(resolve(dir, 'home-office-2011-09-30-junior.csv'), 'utf8');
    const r = imported(s, j);
    rows.push({ name: `Home Office Sept 2011: ${r.rows} rows → ${r.structure.nodes.length} nodes`, value: median(() => imported(s, j)) });
  }
  const march = generateReturn({ posts: 2_000, juniorRows: 10_000 });
  const sept = generateReturn({ posts: 2_000, juniorRows: 10_000, drift: 0.1 });
  const a = imported(march.senior, march.junior);
  const b = imported(sept.senior, sept.junior);
  const t = median(() => imported(march.senior, march.junior), 7, 1);
  rows.push({ name: `synthetic: ${a.rows} rows → ${a.structure.nodes.length} nodes`, value: t, target: '< 1,000 ms', pass: t < 1000 });
  const steps = deriveSteps(a.structure, b.structure, { file: 'senior.csv', origins: b.origins });
  const d = median(() => deriveSteps(a.structure, b.structure, { file: 'senior.csv', origins: b.origins }), 7, 1);
  rows.push({ name: `derive ${steps.length} steps between two of them`, value: d, target: '< 500 ms', pass: d < 500 });
  const applied = median(() => applySteps(a.structure, steps, 'later'), 7, 1);
  rows.push({ name: '  and apply them', value: applied });
  printRows('Organogram import (median)', rows);
  return rows;
}
