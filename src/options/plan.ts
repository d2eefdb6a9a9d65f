import type { NodeId, RemoveStep, MoveStep, Step, Structure } from '../model/types.ts';
import { nodeIndex } from '../model/queries.ts';
import { Draft } from './draft.ts';
import { applyOn } from './steps/index.ts';
import { checkStep } from './apply.ts';
import { SLUG_MAX } from './values.ts';
import type { Refusal } from './refusal.ts';

/** The first step of a list that would fail, applied in order: its 0-based index and the core's typed refusal (src/words words it). */
export interface StepsRefusal {
  index: number;
  refusal: Refusal;
}

/**
 * Checks `steps` in order on a copy of `structure` (each step sees the ones before it applied).
 * Returns the first failure, or null when all would apply. Never mutates the structure.
 */
export function checkSteps(structure: Structure, steps: readonly Step[]): StepsRefusal | null {
  if (steps.length === 1) {
    const refusal = checkStep(structure, steps[0]!);
    return refusal === null ? null : { index: 0, refusal };
  }
  const draft = new Draft(structure);
  for (let i = 0; i < steps.length; i++) {
    const refusal = applyOn(draft, steps[i]!);
    if (refusal !== null) return { index: i, refusal };
  }
  return null;
}

/** Why a node cannot be removed even with its reports moved first: a typed value, worded by src/words/editing.ts. */
export type RemovalRefusal =
  | { kind: 'no-node'; node: NodeId }
  /** A top-level node that manages others: there is no manager to hand its reports to. */
  | { kind: 'no-manager-for-reports'; node: NodeId; reports: NodeId[] };

export type RemovalPlan = { ok: true; steps: (MoveStep | RemoveStep)[]; reports: NodeId[]; to: NodeId | null } | { ok: false; refusal: RemovalRefusal };

/**
 * The steps that remove `node` from `structure`: when it manages others, first a `move` of each direct report
 * to the node's own manager (format.md: a `remove` fails while the node manages anyone), then the `remove`.
 * `why` is put on every step. Refused for a missing node, or a top-level node with reports (no manager to take them).
 */
export function removalPlan(structure: Structure, node: NodeId, why?: string): RemovalPlan {
  const index = nodeIndex(structure);
  const target = index.get(node);
  if (!target) return { ok: false, refusal: { kind: 'no-node', node } };
  const reports = structure.nodes.filter((n) => n.manager === node).map((n) => n.id);
  const to = target.manager ?? null;
  if (reports.length > 0 && to === null) return { ok: false, refusal: { kind: 'no-manager-for-reports', node, reports } };
  const withWhy = <S extends Step>(s: S): S => (why ? { ...s, why } : s);
  const steps: (MoveStep | RemoveStep)[] = [...reports.map((r) => withWhy<MoveStep>({ op: 'move', node: r, to })), withWhy<RemoveStep>({ op: 'remove', node })];
  return { ok: true, steps, reports, to };
}

/**
 * A node id for a new node called `name`: the name as a slug (lower-case letters, digits and "-", at most 64
 * characters), made unique in `structure` with "-2", "-3", …; "node" when the name has no letters or digits.
 */
export function suggestNodeId(structure: Structure, name: string, taken: ReadonlySet<NodeId> = new Set()): NodeId {
  const used = (id: NodeId) => taken.has(id) || structure.nodes.some((n) => n.id === id);
  const stem =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, SLUG_MAX - 4)
      .replace(/-+$/, '') || 'node';
  if (!used(stem)) return stem;
  for (let n = 2; ; n++) if (!used(`${stem}-${n}`)) return `${stem}-${n}`;
}
