import { useAppStore } from '../../store/index.ts';
import { selectEditingOption, selectWorkspace } from '../../store/selectors.ts';
import { OptionControls } from './OptionControls.tsx';
import { StepList } from './StepList.tsx';
import { startsFromTitle, STEPS_PANEL as W } from '../../words/stepsPanel.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';

export function StepsPanel() {
  const option = useAppStore(selectEditingOption);
  const ws = useAppStore(selectWorkspace);
  const from = option ? startsFromTitle(ws, option) : null;
  return (
    <section className="panel steps-panel" aria-labelledby="steps-heading">
      <h2 id="steps-heading">
        <Words text={W.heading(option ? option.title : null)} />
      </h2>
      <OptionControls option={option} />
      {option ? (
        <>
          <p className="panel-sub">
            {W.startsFrom}{' '}
            <em>
              <UserText text={from ?? ''} />
            </em>
            {W.stepCount(option.steps.length)}
          </p>
          {option.summary ? (
            <p className="summary">
              <UserText text={option.summary} />
            </p>
          ) : null}
          <StepList key={option.id} option={option} />
        </>
      ) : (
        <p>{W.baselineOnly}</p>
      )}
    </section>
  );
}
