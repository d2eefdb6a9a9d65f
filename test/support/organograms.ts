import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';

/**
 * The published organogram samples, `../shared/data/organograms` beside the clone (as CI has it); a worktree
 * two levels down (`/work/wt/<name>`) finds `../../shared` the same way. Absent: the tests fail saying so.
 */
export function samplesDir(): string {
  const tried = [process.env.ORGANOGRAM_SAMPLES, resolve('../shared/data/organograms'), resolve('../../shared/data/organograms')].filter((d): d is string => !!d);
  const found = tried.find((d) => existsSync(resolve(d, 'README.md')));
  if (!found) throw new Error(`the organogram samples are missing: looked in ${tried.join(', ')}. Put shared/ beside the clone (or set ORGANOGRAM_SAMPLES).`);
  return found;
}

/** Each sample return's stem (`ofsted-2011-03-31`), from the senior files present. */
export const sampleReturns = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('-senior.csv'))
    .map((f) => f.replace(/-senior\.csv$/, ''))
    .sort();

export const readSample = (dir: string, stem: string, part: 'senior' | 'junior') => {
  const name = `${stem}-${part}.csv`;
  return { name, text: readFileSync(resolve(dir, name), 'utf8') };
};

/*
 * An independent reading of a return, written from people.md without the importer's code: columns by header
 * prefix, numbers by Number(), the rules spelled out again. The sample tests check the importer against it.
 */

type Row = Record<string, string>;
const strip = (v: string | undefined): string => (v ?? '').trim().replace(/^'(.*)'$/s, '$1').trim();
const num = (v: string | undefined): number | null => {
  const s = strip(v).replace(/,/g, '');
  return s !== '' && !Number.isNaN(Number(s)) && Number(s) >= 0 ? Number(s) : null;
};

function rowsOf(text: string, wanted: Record<string, string>): Row[] {
  const data = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const header = data[0]!.map((h) => h.toLowerCase());
  const at = Object.fromEntries(Object.entries(wanted).map(([k, prefix]) => [k, header.findIndex((h) => h.startsWith(prefix))]));
  return data.slice(1).map((cells) => Object.fromEntries(Object.entries(at).map(([k, i]) => [k, i < 0 ? '' : (cells[i] ?? '')])));
}

export interface Expected {
  posts: Set<string>;
  eliminatedRows: number;
  /** Post (lower-case ref) → its manager's lower-case ref, or null. */
  managerOf: Map<string, string | null>;
  groups: Set<string>;
  fte: number;
  costMin: number;
  costMax: number;
}

export function expectedTotals(senior: string, junior: string): Expected {
  const s = rowsOf(senior, { ref: 'post unique reference', name: 'name', fte: 'fte', floor: 'actual pay floor', ceiling: 'actual pay ceiling', to: 'reports to senior post' });
  const kept = s.filter((r) => strip(r.ref) !== '' && strip(r.ref) !== '0' && strip(r.name).toLowerCase() !== 'eliminated');
  const posts = new Set(kept.map((r) => strip(r.ref).toLowerCase()));
  const managerOf = new Map<string, string | null>();
  for (const r of kept) {
    const ref = strip(r.ref).toLowerCase();
    const to = strip(r.to).toLowerCase();
    if (!managerOf.has(ref)) managerOf.set(ref, posts.has(to) && to !== ref ? to : null);
  }
  const j = rowsOf(junior, { to: 'reporting senior post', grade: 'grade', title: 'generic job title', fte: 'number of posts', min: 'payscale minimum', max: 'payscale maximum' });
  const groupKey = (r: Row) => [r.to, r.grade, r.title].map((v) => strip(v).toLowerCase()).join('|');
  let fte = 0;
  let costMin = 0;
  let costMax = 0;
  const pooled = (rows: Row[], key: (r: Row) => string, lo: string, hi: string) => {
    const groups = new Map<string, Row[]>();
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    for (const list of groups.values()) {
      fte += list.reduce((t, r) => t + (num(r.fte) ?? 0), 0);
      const priced = list.every((r) => num(r[lo]) !== null && (num(r[hi]) ?? 0) > 0 && num(r[lo])! <= num(r[hi])!);
      if (!priced) continue;
      costMin += list.reduce((t, r) => t + (num(r.fte) ?? 0) * num(r[lo])!, 0);
      costMax += list.reduce((t, r) => t + (num(r.fte) ?? 0) * num(r[hi])!, 0);
    }
    return new Set(groups.keys());
  };
  pooled(kept, (r) => strip(r.ref).toLowerCase(), 'floor', 'ceiling');
  const groups = pooled(j, groupKey, 'min', 'max');
  return { posts, eliminatedRows: s.filter((r) => strip(r.name).toLowerCase() === 'eliminated').length, managerOf, groups, fte, costMin, costMax };
}
