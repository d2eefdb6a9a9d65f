import { useId, useState } from 'react';
import type { Option } from '../../model/types.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectWorkspace } from '../../store/selectors.ts';
import { stepLine } from '../../words/index.ts';
import { REASON_PROMPT as W } from '../../words/stepsPanel.ts';
import { Words } from '../words/Words.tsx';
import { useStepNames } from './useStepNames.ts';

function Prompt({ option, index }: { option: Option; index: number }) {
  const store = useAppStoreApi();
  const inputId = useId();
  const [why, setWhy] = useState('');
  const names = useStepNames(option);
  const step = option.steps[index]!;
  return (
    <section className="reason-prompt" aria-label={W.region}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (why.trim()) store.getState().setStepWhy(option.id, index, why);
          else store.getState().dismissReasonPrompt();
        }}
      >
        <p>
          <Words text={W.about(index + 1, option.title, stepLine(step, names))} />
        </p>
        <label htmlFor={inputId}>{W.label}</label>
        <input id={inputId} value={why} onChange={(e) => setWhy(e.target.value)} placeholder={W.placeholder} />
        <button type="submit" className="primary" disabled={!why.trim()}>
          {W.save}
        </button>
        <button type="button" onClick={() => store.getState().dismissReasonPrompt()}>
          {W.notNow}
        </button>
      </form>
    </section>
  );
}

/**
 * Asks for the reason of a step just made without one (a drag), without blocking: it takes no focus and
 * goes when answered, dismissed, or when the step no longer lacks a reason. Steps without a reason also
 * offer "Add a reason" in the Steps panel.
 */
export function ReasonPrompt() {
  const prompt = useAppStore((s) => s.reasonPrompt);
  const ws = useAppStore(selectWorkspace);
  const option = prompt ? ws.options.find((o) => o.id === prompt.optionId) : undefined;
  const step = prompt && option ? option.steps[prompt.index] : undefined;
  if (!prompt || !option || !step || step !== prompt.step || step.why) return null;
  return <Prompt key={`${option.id}:${prompt.index}`} option={option} index={prompt.index} />;
}
