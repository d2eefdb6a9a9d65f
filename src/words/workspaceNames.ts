import type { Option, OrgNode, Structure, Workspace } from '../model/types.ts';
import { resolveWorkspace, type StepError } from '../options/index.ts';
import { conflictWords, quotedTitle } from './conflicts.ts';
import { namesIn, type Names } from './names.ts';

/**
 * Every node any step of the workspace adds, as a structure of its own: a node added by one step and removed by a
 * later one is in no resolved structure, yet the steps about it (and their conflicts) should still name it.
 */
function addedByStepsOf(ws: Workspace): Structure {
  const nodes: OrgNode[] = [];
  for (const option of ws.options) {
    for (const step of option.steps as unknown[]) {
      const s = step as { op?: unknown; node?: { id?: unknown; name?: unknown } } | null;
      if (s !== null && typeof s === 'object' && s.op === 'add' && s.node !== null && typeof s.node === 'object' && typeof s.node.id === 'string' && typeof s.node.name === 'string') nodes.push(s.node as OrgNode);
    }
  }
  return { id: '', title: '', nodes };
}

const cache = new WeakMap<Workspace, Map<string, Names>>();

/**
 * Names for the lines about one option's steps and conflicts (the Steps panel, the Conflicts strip, the notices):
 * a node as the option's base has it (the structure its first step applies to, so a post keeps the label the
 * Changes panel gives it), else as the option's own structure has it (nodes it adds), else as the baseline or any
 * other option has it, else as the step that adds it writes it. So a step never falls back to an id while the
 * workspace knows the node (a node the option removes is in its base). Same-titled posts are told apart across all.
 * An unknown option id gets the workspace's names. Memoised per workspace and option.
 */
export function stepNames(ws: Workspace, optionId: string): Names {
  let byOption = cache.get(ws);
  if (!byOption) cache.set(ws, (byOption = new Map()));
  const hit = byOption.get(optionId);
  if (hit) return hit;
  const resolved = resolveWorkspace(ws);
  const option: Option | undefined = ws.options.find((o) => o.id === optionId);
  const first = option ? [resolved.structures.get(option.from ?? ws.baseline.id), resolved.structures.get(option.id)] : [];
  const names = namesIn(...[...first, ws.baseline, ...resolved.structures.values(), addedByStepsOf(ws)].filter((s) => s !== undefined));
  byOption.set(optionId, names);
  return names;
}

/** A node's name for a conflict line (conflicts.ts `NameOf`): null when nothing in the workspace has the node. */
export const conflictNameOf =
  (names: Names) =>
  (id: string): string | null =>
    names.record(id) ? names.node(id) : null;

/**
 * A conflict as the Conflicts strip says it, for a line of its own (a notice's list): the option's title, then the
 * strip's sentence in the same names: `“Rebalance teams”: Step 2 (move) no longer applies: it needs …`.
 */
export function conflictLine(ws: Workspace, c: StepError): string {
  const names = stepNames(ws, c.option);
  const title = ws.options.find((o) => o.id === c.option)?.title ?? c.option;
  return `${quotedTitle(title)}: ${conflictWords(c, conflictNameOf(names))}`;
}
