import type { Option, Structure, Workspace } from '../model/types.ts';
import { applySteps } from './apply.ts';
import type { StepError } from './refusal.ts';

export interface ResolvedWorkspace {
  /**
   * The baseline and every option that could be resolved, by id. An option with conflicts is here as far as its
   * steps apply (the stale ones skipped): enough to show it and repair it, not to put before a Board; see `sound`.
   */
  structures: Map<string, Structure>;
  /** The baseline and every option with no conflict of its own or on its derivation: what diff, export and appraise use. */
  sound: Map<string, Structure>;
  /** Conflicts (steps that no longer apply) per option id; options without any are absent. */
  stepErrors: Map<string, StepError[]>;
  /**
   * Options that are blocked: option id → the ids of the options with conflicts on its derivation, nearest first
   * (itself first when it has its own). Options absent here are sound.
   */
  blockedBy: Map<string, string[]>;
  /** Options that cannot be resolved: `from` unknown, or derivation loops (typed; src/words/fileProblems.ts words them). */
  errors: ResolveProblem[];
}

/** An option by its place in the workspace's `options` (from 0) and its id. */
export interface OptionAt {
  at: number;
  id: string;
}

/**
 * Why an option cannot be resolved (format.md, "from"), each at the option's `from`: it names no structure or
 * option; the derivation goes round in a loop (`ids`: the options round it, each once); or it derives from an
 * option that cannot be resolved itself.
 */
export type ResolveProblem =
  | { kind: 'unknown-from'; option: OptionAt; from: string }
  | { kind: 'derivation-loop'; option: OptionAt; ids: string[] }
  | { kind: 'unresolvable'; option: OptionAt; from: string };

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

/**
 * The baseline and every option resolved; options may derive from options. Each option resolves on its own: a
 * conflict (a step that no longer applies) blocks its option and the options derived from it, and nothing else.
 * Memoised per workspace and per option.
 */
export function resolveWorkspace(ws: Workspace): ResolvedWorkspace {
  const hit = resolvedCache.get(ws);
  if (hit) return hit;
  const structures = new Map<string, Structure>([[ws.baseline.id, ws.baseline]]);
  const stepErrors = new Map<string, StepError[]>();
  const blockedBy = new Map<string, string[]>();
  const errors: ResolveProblem[] = [];
  const byId = new Map<string, { option: Option; at: number }>();
  ws.options.forEach((option, at) => {
    if (!byId.has(option.id)) byId.set(option.id, { option, at });
  });
  const failed = new Set<string>();
  const looping = new Set<string>();
  const where = (at: number, option: Option): OptionAt => ({ at, id: option.id });

  // Each option walks up its `from` chain, without recursion, to something already settled (the baseline, a
  // resolved or failed option), a missing id or a loop; then the chain is applied (or failed) top down. Every
  // option is walked once, so a chain of any length costs time linear in its length.
  const path: string[] = [];
  const onPath = new Map<string, number>();
  const settle = (start: string): void => {
    if (structures.has(start) || failed.has(start) || !byId.has(start)) return;
    path.length = 0;
    onPath.clear();
    let base: Structure | null = null;
    for (let cur = start; ; ) {
      onPath.set(cur, path.length);
      path.push(cur);
      const { option, at } = byId.get(cur)!;
      const fromId = option.from ?? ws.baseline.id;
      if (fromId === ws.baseline.id) {
        base = ws.baseline;
        break;
      }
      const next = byId.get(fromId);
      if (!next) {
        errors.push({ kind: 'unknown-from', option: where(at, option), from: fromId });
        break;
      }
      const done = structures.get(fromId);
      if (done) {
        base = done;
        break;
      }
      if (failed.has(fromId)) break;
      const loopAt = onPath.get(fromId);
      if (loopAt !== undefined) {
        const members = path.slice(loopAt);
        for (const member of members) looping.add(member);
        errors.push({ kind: 'derivation-loop', option: where(next.at, next.option), ids: members });
        break;
      }
      cur = fromId;
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const id = path[k]!;
      const { option, at } = byId.get(id)!;
      if (!base) {
        const fromId = option.from ?? ws.baseline.id;
        if (byId.has(fromId) && !looping.has(id)) errors.push({ kind: 'unresolvable', option: where(at, option), from: fromId });
        failed.add(id);
        continue;
      }
      const applied = applyOption(option, base, base === ws.baseline);
      structures.set(id, applied.structure);
      if (applied.errors.length > 0) stepErrors.set(id, applied.errors);
      const inherited = blockedBy.get(option.from ?? ws.baseline.id) ?? [];
      const blockers = applied.errors.length > 0 ? [id, ...inherited] : inherited;
      if (blockers.length > 0) blockedBy.set(id, blockers);
      base = applied.structure;
    }
  };

  for (const option of ws.options) settle(option.id);
  const sound = new Map([...structures].filter(([id]) => !blockedBy.has(id)));
  const result = { structures, sound, stepErrors, blockedBy, errors };
  resolvedCache.set(ws, result);
  return result;
}

