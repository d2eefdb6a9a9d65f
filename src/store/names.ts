import type { NodeId, OrgNode, Structure, Workspace } from '../model/types.ts';
import { nodeIndex } from '../model/queries.ts';
import { memoWeak } from './memo.ts';

/** Structures are never changed in place, so one index per structure serves every lookup (a panel names each change row). */
const indexOf = memoWeak(nodeIndex);

export function nodeOf(s: Structure | null | undefined, id: NodeId): OrgNode | undefined {
  return s ? indexOf(s).get(id) : undefined;
}

export function structureTitle(ws: Workspace, id: string): string {
  if (id === ws.baseline.id) return ws.baseline.title;
  return ws.options.find((o) => o.id === id)?.title ?? `"${id}"`;
}
