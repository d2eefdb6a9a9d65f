import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The path of a case from the field (shared/cases/<name>): `../shared/cases` from the repository root, as in the
 * project's checkout; from a worktree nested deeper, the nearest `shared/cases` above it.
 */
export function casePath(name: string): string {
  let dir = resolve('..');
  for (;;) {
    const candidate = join(dir, 'shared', 'cases', name);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`case ${name} not found in ../shared/cases or any folder above the repository`);
    dir = up;
  }
}

export const caseText = (name: string): string => readFileSync(casePath(name), 'utf8');

export const STALE = 'stale-step-after-baseline-refresh.json';
export const LATER_STEPS = 'later-steps-fail-after-a-step-is-removed.json';
