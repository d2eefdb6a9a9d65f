import type { Option, Structure, Workspace } from '../model/types.ts';
import { applySteps } from './apply.ts';
import type { StepError } from './refusal.ts';

export interface ResolvedWorkspace {
  /** The baseline and every option that could be resolved, by id. */
  structures: Map<string, Structure>;
  /** Failing steps per option id (options without failures are absent). */
  stepErrors: Map<string, StepError[]>;
  /** Options that cannot be resolved: `from` unknown, or derivation loops. */
  errors: string[];
}

interface Applied {
  base: Structure;
  structure: Structure;
  errors: StepError[];
}

/** Per option object: the base it was applied to and the result. immer keeps unchanged options identical. */
const appliedCache = new WeakMap<Option, Applied>();
const resolvedCache = new WeakMap<Workspace, ResolvedWorkspace>();

/**
 * An option's structure is dated by the option's own `asOf`, else by the option it derives from;
 * never by the baseline, whose date describes the arrangements before any option.
 */
function applyOption(option: Option, base: Structure, fromBaseline: boolean): Applied {
  const hit = appliedCache.get(option);
  if (hit && hit.base === base) return hit;
  const { structure, errors } = applySteps(base, option.steps, option.id);
  const { asOf: inherited, ...rest } = structure;
  const asOf = option.asOf ?? (fromBaseline ? undefined : inherited);
  const applied = { base, structure: { ...rest, id: option.id, title: option.title, ...(asOf ? { asOf } : {}) }, errors };
  appliedCache.set(option, applied);
  return applied;
}

/** The baseline and every option resolved; options may derive from options. Memoised per workspace and per option. */
export function resolveWorkspace(ws: Workspace): ResolvedWorkspace {
  const hit = resolvedCache.get(ws);
  if (hit) return hit;
  const structures = new Map<string, Structure>([[ws.baseline.id, ws.baseline]]);
  const stepErrors = new Map<string, StepError[]>();
  const errors: string[] = [];
  const byId = new Map<string, { option: Option; at: number }>();
  ws.options.forEach((option, at) => {
    if (!byId.has(option.id)) byId.set(option.id, { option, at });
  });
  const failed = new Set<string>();
  const looping = new Set<string>();
  const where = (at: number, option: Option) => `options[${at}] "${option.id}".from`;

  const resolve = (id: string, stack: string[]): Structure | null => {
    const done = structures.get(id);
    if (done) return done;
    if (failed.has(id)) return null;
    const entry = byId.get(id);
    if (!entry) return null;
    const { option, at } = entry;
    const loopAt = stack.indexOf(id);
    if (loopAt >= 0) {
      const chain = [...stack.slice(loopAt), id];
      for (const member of stack.slice(loopAt)) looping.add(member);
      errors.push(`${where(at, option)}: derivation loops: ${chain.join(' → ')}`);
      return null;
    }
    const fromId = option.from ?? ws.baseline.id;
    let base: Structure | null = null;
    if (fromId === ws.baseline.id) base = ws.baseline;
    else if (!byId.has(fromId)) errors.push(`${where(at, option)}: no structure or option "${fromId}"`);
    else base = resolve(fromId, [...stack, id]);
    if (!base) {
      if (byId.has(fromId) && !looping.has(id)) errors.push(`${where(at, option)}: "${fromId}" cannot be resolved`);
      failed.add(id);
      return null;
    }
    const applied = applyOption(option, base, base === ws.baseline);
    structures.set(id, applied.structure);
    if (applied.errors.length > 0) stepErrors.set(id, applied.errors);
    return applied.structure;
  };

  for (const option of ws.options) resolve(option.id, []);
  const result = { structures, stepErrors, errors };
  resolvedCache.set(ws, result);
  return result;
}

/** The resolved structure of the baseline or an option; throws an Error naming the id when it cannot be had. */
export function resolveStructure(ws: Workspace, id: string): Structure {
  const resolved = resolveWorkspace(ws);
  const s = resolved.structures.get(id);
  if (s) return s;
  if (!ws.options.some((o) => o.id === id)) {
    const known = [ws.baseline.id, ...ws.options.map((o) => o.id)].join(', ');
    throw new Error(`no structure or option "${id}" (there are: ${known})`);
  }
  const why = resolved.errors.find((e) => e.includes(`"${id}"`));
  throw new Error(`option "${id}" cannot be resolved${why ? `: ${why}` : ''}`);
}
