import type { Structure } from './types.ts';

/** A core message with the structure's node ids (quoted or bare) replaced by the nodes' names, for officers to read. */
export function withNodeNames(message: string, s: Structure): string {
  const names = new Map(s.nodes.map((n) => [n.id, n.name]));
  return message.replace(/"?([a-z0-9][a-z0-9-]*)"?/g, (whole, id: string) => names.get(id) ?? whole);
}
