import { useAppStore } from '../../store/index.ts';
import { selectEditingOption, selectWorkspace } from '../../store/selectors.ts';
import { OptionControls } from './OptionControls.tsx';
import { StepList } from './StepList.tsx';

export function StepsPanel() {
  const option = useAppStore(selectEditingOption);
  const ws = useAppStore(selectWorkspace);
  const from = option ? (option.from ? (ws.options.find((o) => o.id === option.from)?.title ?? option.from) : ws.baseline.title) : null;
  return (
    <section className="panel steps-panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Steps{option ? `: ${option.title}` : ''}</h2>
      <OptionControls option={option} />
      {option ? (
        <>
          <p className="panel-sub">
            Starts from <em>{from}</em>; {option.steps.length} step{option.steps.length === 1 ? '' : 's'}.
          </p>
          {option.summary ? <p className="summary">{option.summary}</p> : null}
          <StepList option={option} />
        </>
      ) : (
        <p>The panes show the baseline only. Pick an option on the right, or start a new one.</p>
      )}
    </section>
  );
}
