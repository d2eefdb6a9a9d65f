import type { Workspace } from '../model/types.ts';
import { variantTitle as variantTitleWords } from '../words/notices.ts';

const MAX_SLUG = 64;

function usedIds(ws: Workspace): Set<string> {
  return new Set([ws.baseline.id, ...ws.options.map((o) => o.id)]);
}

/** `base`, else `base-2`, `base-3`, … : the first slug not yet used in the workspace (at most 64 characters). */
export function uniqueId(ws: Workspace, base: string): string {
  const used = usedIds(ws);
  const stem = base.slice(0, MAX_SLUG - 4).replace(/-+$/, '') || 'option';
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** The first `option-N` (N from the number of options + 1) not yet used. */
export function nextOptionNumber(ws: Workspace): number {
  const used = usedIds(ws);
  let n = ws.options.length + 1;
  while (used.has(`option-${n}`)) n++;
  return n;
}

/** `Title (variant)`, else `Title (variant 2)`, … : the first title not yet used by an option. */
export function variantTitle(ws: Workspace, title: string): string {
  const titles = new Set(ws.options.map((o) => o.title));
  for (let n = 1; ; n++) {
    const t = variantTitleWords(title, n);
    if (!titles.has(t)) return t;
  }
}
