import type { NodeId, OrgNode, Structure } from '../../model/types.ts';
import type { FindField } from '../../words/chart.ts';

export interface Match {
  id: NodeId;
  name: string;
  /** The field that matched, and its text. */
  field: FindField;
  value: string;
  /** Where it matched: the index, in the structures searched, of the first one whose node matched. */
  structure: number;
}

/** Fields Find searches, in the order a match in them ranks. */
const FIELDS: readonly FindField[] = ['name', 'holder', 'grade', 'unit'];

const fieldText = (n: OrgNode, f: FindField): string | null | undefined => (f === 'name' ? n.name : n[f]);

/**
 * Nodes whose name, holder, grade or unit (people.md fields) contains `query` (case and accents ignored), across the
 * structures given, each id once: exact matches first, then those starting with the query, then the rest; within
 * each, a match on the name before one on the holder, grade or unit, then structure order.
 */
export function findUnits(structures: readonly (Structure | null)[], query: string): Match[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();
  const q = fold(query);
  if (!q) return [];
  const seen = new Set<NodeId>();
  const ranked: { m: Match; rank: number; order: number }[] = [];
  structures.forEach((s, structure) => {
    for (const n of s?.nodes ?? []) {
      if (seen.has(n.id)) continue;
      let best: { m: Match; rank: number } | null = null;
      FIELDS.forEach((field, f) => {
        const raw = fieldText(n, field);
        if (raw == null || best?.rank === 0) return;
        const text = fold(raw);
        const at = text.indexOf(q);
        if (at < 0) return;
        const rank = (text === q ? 0 : at === 0 ? 1 : 2) * FIELDS.length + f;
        if (!best || rank < best.rank) best = { m: { id: n.id, name: n.name, field, value: raw, structure }, rank };
      });
      if (!best) continue;
      seen.add(n.id);
      const { m, rank } = best;
      ranked.push({ m, rank, order: ranked.length });
    }
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.m);
}
