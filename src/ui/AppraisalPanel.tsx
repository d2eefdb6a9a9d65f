import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { selectResolved, selectWorkspace } from '../store/selectors.ts';
import { AppraisalView } from './appraisal/AppraisalView.tsx';
import { NOT_APPRAISED, notAppraisedWords } from '../words/conflicts.ts';

export function AppraisalPanel() {
  const store = useAppStoreApi();
  const workspace = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  const blocked = workspace.options.filter((o) => resolved.blockedBy.has(o.id));
  return (
    <>
      {blocked.length > 0 ? (
        <ul className="notice notice-warning not-appraised" aria-label={NOT_APPRAISED}>
          {blocked.map((o) => (
            <li key={o.id}>{notAppraisedWords(o.title)}</li>
          ))}
        </ul>
      ) : null}
      <AppraisalView
      workspace={workspace}
      structures={resolved.sound}
      onSelectOption={(id) => store.getState().openAgainstBaseline(id)}
      onJudge={(id, criterion, judgement) => store.getState().setJudgement(id, criterion, judgement)}
      onPreferred={(id) => store.getState().setPreferred(id)}
      />
    </>
  );
}
