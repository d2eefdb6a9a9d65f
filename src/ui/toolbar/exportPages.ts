import type { ExportOptions, Orientation, PageSize } from '../../export/index.ts';
import { structureTitle } from '../../store/names.ts';
import { selectComparison, selectCurrency, selectPeopleOnBoxes, selectResolved, selectStructure } from '../../store/selectors.ts';
import type { AppState } from '../../store/types.ts';
import { blockedWords } from '../../words/conflicts.ts';
import { fileStem } from '../download.ts';
import type { PaneHandles } from '../panes/paneHandles.ts';

export type ExportWhat = 'pane' | 'comparison';

export interface PageChoice {
  what: ExportWhat;
  page: PageSize;
  orientation: Orientation;
  hideNames: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The pages of the chosen export, as SVG documents, and the file stem they are named after: the pane last used as
 * shown (its collapsed nodes collapsed, its differences from the other pane marked), or both panes compared. On A4
 * or A3 a chart that would print below 7 pt comes as several pages. Null when there is nothing to export, or when
 * a structure to draw cannot be resolved because an option it derives from has failing steps (the officer is told).
 */
export async function exportPages(s: AppState, handles: PaneHandles, choice: PageChoice): Promise<{ pages: string[]; stem: string } | null> {
  const { renderComparisonPages, renderStructurePages } = await import('../../export/index.ts');
  const base: ExportOptions = {
    workspaceTitle: s.workspace.title, exportedOn: today(), page: choice.page, orientation: choice.orientation, hideNames: choice.hideNames,
    // FTE and cost on the boxes follow the screen's "Show FTE and cost on boxes".
    people: selectPeopleOnBoxes(s), currency: selectCurrency(s),
  };
  const comparison = selectComparison(s);
  const blocked = (id: string) => {
    const blockers = selectResolved(s).blockedBy.get(id);
    if (blockers) s.notify('warning', blockedWords(id, blockers, (other) => structureTitle(s.workspace, other)));
    return blockers !== undefined;
  };
  if (choice.what === 'comparison') {
    const a = selectStructure(s, s.view.left);
    const b = selectStructure(s, s.view.right);
    if (!a || !b || !comparison || blocked(a.id) || blocked(b.id)) return null;
    const collapsed = new Set([...(handles.left?.getCollapsed() ?? []), ...(handles.right?.getCollapsed() ?? [])]);
    const steps = s.workspace.options.find((o) => o.id === b.id)?.steps;
    return { pages: renderComparisonPages(a, b, comparison.diff, { ...base, collapsed, steps }), stem: fileStem(`${a.title} to ${b.title}`) };
  }
  const side = s.view.mode === 'single' ? 'right' : s.view.focus;
  const structure = selectStructure(s, s.view[side]);
  const other = selectStructure(s, s.view[side === 'left' ? 'right' : 'left']);
  if (!structure || blocked(structure.id)) return null;
  const compared = comparison && other && other.id !== structure.id;
  return {
    pages: renderStructurePages(structure, {
      ...base,
      collapsed: handles[side]?.getCollapsed(),
      changes: compared ? comparison.diff : undefined,
      compareTo: compared ? other : undefined,
      steps: s.workspace.options.find((o) => o.id === structure.id)?.steps,
    }),
    stem: fileStem(structure.title),
  };
}

/** File names of the pages: `stem.ext` for one, `stem-1.ext`, `stem-2.ext` … for several (as the command line's --out). */
export function pageFiles(stem: string, count: number, ext: 'svg' | 'png'): string[] {
  return count === 1 ? [`${stem}.${ext}`] : Array.from({ length: count }, (_, i) => `${stem}-${i + 1}.${ext}`);
}
