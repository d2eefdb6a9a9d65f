import type { NodeId, Structure } from '../../model/types.ts';

export interface Match {
  id: NodeId;
  name: string;
}

/**
 * Nodes whose name contains `query` (case and accents ignored), across the structures given, each id once:
 * exact names first, then names starting with the query, then the rest, each group in structure order.
 */
export function findUnits(structures: readonly (Structure | null)[], query: string): Match[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();
  const q = fold(query);
  if (!q) return [];
  const seen = new Set<NodeId>();
  const ranked: { m: Match; rank: number; order: number }[] = [];
  for (const s of structures) {
    for (const n of s?.nodes ?? []) {
      if (seen.has(n.id)) continue;
      const name = fold(n.name);
      const at = name.indexOf(q);
      if (at < 0) continue;
      seen.add(n.id);
      ranked.push({ m: { id: n.id, name: n.name }, rank: name === q ? 0 : at === 0 ? 1 : 2, order: ranked.length });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.m);
}
