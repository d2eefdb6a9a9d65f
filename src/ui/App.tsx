import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { selectResolved, selectWorkspace } from '../store/selectors.ts';
import { ConfirmProvider } from './dialogs/ConfirmProvider.tsx';
import { ConflictsPanel } from './conflicts/ConflictsPanel.tsx';
import { SaveIndicator } from './saving/SaveIndicator.tsx';
import { Notices } from './Notices.tsx';
import { LiveAnnouncer } from './LiveAnnouncer.tsx';
import { ReasonPrompt } from './steps/ReasonPrompt.tsx';
import { Pane } from './panes/Pane.tsx';
import { PaneHandlesContext, type PaneHandles } from './panes/paneHandles.ts';
import { SyncProvider } from './panes/SyncProvider.tsx';
import { SidePanels } from './SidePanels.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { useUndoKeys } from './useUndoKeys.ts';
import { VIEWS, WORKSPACE_PROBLEMS } from '../words/panes.ts';
import { UserText } from './words/UserText.tsx';
import { Words } from './words/Words.tsx';
import { fileProblemWords } from '../words/fileProblems.ts';

const AppraisalPanel = lazy(async () => ({ default: (await import('./AppraisalPanel.tsx')).AppraisalPanel }));

function WorkspaceErrors() {
  const errors = useAppStore(selectResolved).errors.map(fileProblemWords);
  if (errors.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{WORKSPACE_PROBLEMS}</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>
            <Words text={e} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Tabs() {
  const store = useAppStoreApi();
  const tab = useAppStore((s) => s.view.tab);
  return (
    <div className="tabs" role="tablist" aria-label={VIEWS.label}>
      {(['compare', 'appraisal'] as const).map((t) => (
        <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => store.getState().setTab(t)}>
          {VIEWS[t]}
        </button>
      ))}
    </div>
  );
}

function Compare() {
  const mode = useAppStore((s) => s.view.mode);
  return (
    <div className="compare">
      <div className={`panes panes-${mode}`}>
        {mode === 'split' ? <Pane side="left" /> : null}
        <Pane side="right" />
      </div>
      <SidePanels />
    </div>
  );
}

export function App() {
  useUndoKeys();
  const handles = useMemo<PaneHandles>(() => ({ left: null, right: null }), []);
  useEffect(() => {
    const fitAll = () => (['left', 'right'] as const).forEach((side) => handles[side]?.fit());
    window.addEventListener('beforeprint', fitAll);
    return () => window.removeEventListener('beforeprint', fitAll);
  }, [handles]);
  const title = useAppStore(selectWorkspace).title;
  const tab = useAppStore((s) => s.view.tab);
  return (
    <ConfirmProvider>
      <PaneHandlesContext value={handles}>
        <SyncProvider>
          <div className="app">
            <header className="app-header">
              <h1>
                <UserText text={title} />
              </h1>
              <Tabs />
              <SaveIndicator />
            </header>
            <Toolbar />
            <Notices />
            <LiveAnnouncer />
            <ReasonPrompt />
            <WorkspaceErrors />
            <ConflictsPanel />
            <main>
              {tab === 'compare' ? (
                <Compare />
              ) : (
                <Suspense fallback={<p>{VIEWS.loadingAppraisal}</p>}>
                  <AppraisalPanel />
                </Suspense>
              )}
            </main>
          </div>
        </SyncProvider>
      </PaneHandlesContext>
    </ConfirmProvider>
  );
}
