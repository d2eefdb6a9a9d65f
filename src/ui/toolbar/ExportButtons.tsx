import type { ExportOptions } from '../../export/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { selectComparison, selectResolved, selectStructure } from '../../store/selectors.ts';
import { structureTitle } from '../../store/names.ts';
import { blockedWords } from '../../words/conflicts.ts';
import type { AppState } from '../../store/types.ts';
import { downloadBlob, fileStem, svgToPng } from '../download.ts';
import { usePaneHandles, type PaneHandles } from '../panes/paneHandles.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** The SVG of the pane last used, as shown: its collapsed nodes collapsed, its differences from the other pane marked. */
async function paneSvg(s: AppState, handles: PaneHandles): Promise<{ svg: string; name: string } | null> {
  const { renderStructureSvg } = await import('../../export/index.ts');
  const side = s.view.mode === 'single' ? 'right' : s.view.focus;
  const structure = selectStructure(s, s.view[side]);
  const other = selectStructure(s, s.view[side === 'left' ? 'right' : 'left']);
  const comparison = selectComparison(s);
  if (!structure) return null;
  const blockers = selectResolved(s).blockedBy.get(structure.id);
  if (blockers) {
    s.notify('warning', blockedWords(structure.id, blockers, (id) => structureTitle(s.workspace, id)));
    return null;
  }
  const opts: ExportOptions = {
    workspaceTitle: s.workspace.title,
    exportedOn: today(),
    page: 'fit',
    hideNames: false,
    collapsed: handles[side]?.getCollapsed(),
    changes: comparison && other && other.id !== structure.id ? comparison.diff : undefined,
    compareTo: other && other.id !== structure.id ? other : undefined,
    steps: s.workspace.options.find((o) => o.id === structure.id)?.steps,
  };
  return { svg: renderStructureSvg(structure, opts), name: fileStem(structure.title) };
}

export function ExportButtons() {
  const store = useAppStoreApi();
  const handles = usePaneHandles();
  const fail = (what: string, e: unknown) => store.getState().notify('error', `${what} failed: ${e instanceof Error ? e.message : String(e)}`);
  const run = (what: string, job: () => void | Promise<void>) => async () => {
    try {
      await job();
    } catch (e) {
      fail(what, e);
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={run('Export workspace', () => {
          const s = store.getState();
          downloadBlob(new Blob([s.exportWorkspace()], { type: 'application/json' }), `${fileStem(s.workspace.title)}.json`);
        })}
      >
        Export workspace
      </button>
      <button
        type="button"
        onClick={run('Export SVG', async () => {
          const out = await paneSvg(store.getState(), handles);
          if (out) downloadBlob(new Blob([out.svg], { type: 'image/svg+xml' }), `${out.name}.svg`);
        })}
      >
        Export SVG
      </button>
      <button
        type="button"
        onClick={run('Export PNG', async () => {
          const out = await paneSvg(store.getState(), handles);
          if (out) downloadBlob(await svgToPng(out.svg), `${out.name}.png`);
        })}
      >
        Export PNG
      </button>
      <button
        type="button"
        onClick={run('Export comparison', async () => {
          const s = store.getState();
          const collapsed = new Set([...(handles.left?.getCollapsed() ?? []), ...(handles.right?.getCollapsed() ?? [])]);
          const { renderComparisonSvg } = await import('../../export/index.ts');
          const a = selectStructure(s, s.view.left);
          const b = selectStructure(s, s.view.right);
          const c = selectComparison(s);
          if (!a || !b || !c) return;
          const svg = renderComparisonSvg(a, b, c.diff, {
            workspaceTitle: s.workspace.title,
            exportedOn: today(),
            page: 'a3',
            hideNames: false,
            collapsed,
            steps: s.workspace.options.find((o) => o.id === b.id)?.steps,
          });
          downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${fileStem(`${a.title} to ${b.title}`)}.svg`);
        })}
      >
        Export comparison
      </button>
    </>
  );
}
