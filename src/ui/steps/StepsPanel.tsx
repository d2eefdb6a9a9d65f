import type { Option } from '../../model/types.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectEditingOption, selectEditingStepErrors, selectResolved, selectWorkspace } from '../../store/selectors.ts';
import { namesIn, stepErrorWords, stepLine } from '../../words/index.ts';
import { OptionControls } from './OptionControls.tsx';

function StepList({ option }: { option: Option }) {
  const store = useAppStoreApi();
  const ws = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  const errors = useAppStore(selectEditingStepErrors);
  const own = resolved.structures.get(option.id);
  const base = resolved.structures.get(option.from ?? ws.baseline.id);
  const names = namesIn(...[own, base, ws.baseline].filter((s) => s !== undefined));
  if (option.steps.length === 0) return <p className="none">No steps yet: drag a unit onto a new manager, or use “Move to…”.</p>;
  return (
    <ol className="step-list">
      {option.steps.map((step, i) => {
        const failed = errors.filter((e) => e.index === i + 1);
        return (
          <li key={i} className={failed.length > 0 ? 'step failed' : 'step'} aria-label={`Step ${i + 1}`}>
            <div className="step-main">
              <span className={`op op-${step.op}`}>{step.op}</span>
              <span className="step-summary">{stepLine(step, names)}</span>
              <button type="button" className="small" onClick={() => store.getState().removeStep(option.id, i)} aria-label={`Remove step ${i + 1}`}>
                Remove
              </button>
            </div>
            {step.why ? <p className="why">{step.why}</p> : null}
            {failed.length > 0 ? (
              <ul className="step-errors" role="alert">
                {failed.map((e) => {
                  const text = stepErrorWords(e, names);
                  return <li key={text}>{text}</li>;
                })}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

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
