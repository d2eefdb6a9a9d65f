import type { NodeId, Structure } from './types.ts';

/** Structures are not changed in place, so one name map serves every message about a structure (a Move-to list explains each refusal). */
const namesOf = new WeakMap<Structure, Map<NodeId, string>>();

/** A core message with the structure's node ids (quoted or bare) replaced by the nodes' names, for officers to read. */
export function withNodeNames(message: string, s: Structure): string {
  let names = namesOf.get(s);
  if (!names) {
    names = new Map(s.nodes.map((n) => [n.id, n.name]));
    namesOf.set(s, names);
  }
  return message.replace(/"?([a-z0-9][a-z0-9-]*)"?/g, (whole, id: string) => names.get(id) ?? whole);
}
