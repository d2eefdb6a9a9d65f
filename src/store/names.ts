import type { NodeId, OrgNode, Structure, Workspace } from '../model/types.ts';
import { nodeIndex } from '../model/queries.ts';
import { memoWeak } from './memo.ts';

/** Structures are never changed in place, so one index per structure serves every lookup (a panel names each change row). */
const indexOf = memoWeak(nodeIndex);

export function nodeOf(s: Structure | null | undefined, id: NodeId): OrgNode | undefined {
  return s ? indexOf(s).get(id) : undefined;
}

/** The node's name in the structure, else its id in quotes. */
export function nodeName(s: Structure | null | undefined, id: NodeId): string {
  return nodeOf(s, id)?.name ?? `"${id}"`;
}

export const NO_MANAGER = 'no manager (top level)';

/** A manager for people: the node's name, or "no manager (top level)" for null. */
export function managerName(s: Structure | null | undefined, id: NodeId | null): string {
  return id === null ? NO_MANAGER : nodeName(s, id);
}

/** A name for a node id, looked up in the structures given (first that has it), else the id in quotes. */
export type NameOf = (id: NodeId) => string;

export function nameLookup(...structures: (Structure | null | undefined)[]): NameOf {
  return (id) => nodeName(structures.find((s) => nodeOf(s, id)), id);
}

export function structureTitle(ws: Workspace, id: string): string {
  if (id === ws.baseline.id) return ws.baseline.title;
  return ws.options.find((o) => o.id === id)?.title ?? `"${id}"`;
}
