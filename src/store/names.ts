import type { NodeId, Structure, Workspace } from '../model/types.ts';

/** The node's name in the structure, else its id in quotes. */
export function nodeName(s: Structure | null | undefined, id: NodeId): string {
  return s?.nodes.find((n) => n.id === id)?.name ?? `"${id}"`;
}

/** A manager for people: the node's name, or "no manager (top level)" for null. */
export function managerName(s: Structure | null | undefined, id: NodeId | null): string {
  return id === null ? 'no manager (top level)' : nodeName(s, id);
}

export function structureTitle(ws: Workspace, id: string): string {
  if (id === ws.baseline.id) return ws.baseline.title;
  return ws.options.find((o) => o.id === id)?.title ?? `"${id}"`;
}
