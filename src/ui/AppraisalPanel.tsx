import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { selectResolved, selectWorkspace } from '../store/selectors.ts';
import { AppraisalView } from './appraisal/AppraisalView.tsx';

export function AppraisalPanel() {
  const store = useAppStoreApi();
  const workspace = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  return (
    <AppraisalView
      workspace={workspace}
      structures={resolved.structures}
      onSelectOption={(id) => store.getState().openAgainstBaseline(id)}
      onJudge={(id, criterion, judgement) => store.getState().setJudgement(id, criterion, judgement)}
      onPreferred={(id) => store.getState().setPreferred(id)}
    />
  );
}
