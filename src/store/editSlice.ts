import type { Option, Step, Structure, Workspace } from '../model/types.ts';
import { applySteps, resolveWorkspace } from '../options/index.ts';
import { derivedBreakText, editRefusedText, explainStep, explainSteps, refusedText, reorderRefusedText, stepEditWhat, stepsNotEditableText } from '../words/editing.ts';
import { NOTICE } from '../words/notices.ts';
import type { EditSlice, Slice } from './types.ts';
import { structureTitle } from './names.ts';

/** The structure an option's steps apply to: its `from` option's, else the baseline; null when that cannot be resolved. */
function baseOf(ws: Workspace, option: Option): Structure | null {
  return resolveWorkspace(ws).structures.get(option.from ?? ws.baseline.id) ?? null;
}

const failing = (base: Structure, steps: readonly Step[]): number => applySteps(base, steps, 'o').errors.length;

/** Options other than `optionId` with more failing steps in `next` than in `ws`: options derived from the edited one. */
function brokenElsewhere(ws: Workspace, next: Workspace, optionId: string): { titles: string[]; steps: number } {
  const before = resolveWorkspace(ws).stepErrors;
  const after = resolveWorkspace(next).stepErrors;
  const titles: string[] = [];
  let steps = 0;
  for (const o of next.options) {
    if (o.id === optionId) continue;
    const more = (after.get(o.id)?.length ?? 0) - (before.get(o.id)?.length ?? 0);
    if (more > 0) {
      titles.push(o.title);
      steps += more;
    }
  }
  return { titles, steps };
}

/** Editing an option's steps: adding checked steps, editing, reordering and giving reasons (issue 11 part 1). */
export const createEditSlice: Slice<EditSlice> = (set, get) => {
  const notify = (tone: 'error' | 'warning' | 'info', text: string): void => get().notify(tone, text);
  /** The option and its base, or a notice and null. */
  const find = (optionId: string): { option: Option; index: number; base: Structure } | null => {
    const ws = get().workspace;
    const index = ws.options.findIndex((o) => o.id === optionId);
    const option = ws.options[index];
    if (!option) {
      notify('error', optionId === ws.baseline.id ? NOTICE.baselineNotEdited(ws.baseline.title) : NOTICE.noOption(optionId));
      return null;
    }
    const base = baseOf(ws, option);
    if (!base) {
      notify('error', stepsNotEditableText(structureTitle(ws, option.from ?? ''), option.title));
      return null;
    }
    return { option, index, base };
  };
  /**
   * Gives the option at `index` these steps as one undo entry, unless options derived from it would then have more
   * failing steps (a notice names them, prefixed by `what` refused).
   */
  const setSteps = (index: number, steps: Step[], what: string): boolean => {
    const ws = get().workspace;
    const option = ws.options[index]!;
    const next: Workspace = { ...ws, options: ws.options.map((o, i) => (i === index ? { ...o, steps } : o)) };
    const broken = brokenElsewhere(ws, next, option.id);
    if (broken.titles.length > 0) {
      notify('warning', refusedText(what, derivedBreakText(option.title, broken.titles, broken.steps)));
      return false;
    }
    return get().commit((draft) => {
      draft.options[index]!.steps = steps;
    });
  };

  return {
    reasonPrompt: null,

    addSteps: (optionId, steps, what) => {
      const found = find(optionId);
      if (!found || steps.length === 0) return false;
      const structure = resolveWorkspace(get().workspace).structures.get(optionId);
      if (!structure) return false;
      const refusal = explainSteps(structure, steps);
      if (refusal) {
        notify('warning', refusedText(what, refusal));
        return false;
      }
      return setSteps(found.index, [...found.option.steps, ...steps], what);
    },

    replaceStep: (optionId, at, step) => {
      const found = find(optionId);
      if (!found || at < 0 || at >= found.option.steps.length) return false;
      const { option, base, index } = found;
      const before = applySteps(base, option.steps.slice(0, at), option.id).structure;
      const reason = explainStep(before, step);
      const next = option.steps.map((s, i) => (i === at ? step : s));
      const later = failing(base, next) - failing(base, option.steps);
      if (reason || later > 0) {
        notify('warning', editRefusedText(at, reason, later));
        return false;
      }
      return setSteps(index, next, stepEditWhat.change(at));
    },

    moveStep: (optionId, from, to) => {
      const found = find(optionId);
      if (!found) return false;
      const { option, base, index } = found;
      const n = option.steps.length;
      if (from < 0 || from >= n || to < 0 || to >= n || from === to) return false;
      const next = option.steps.slice();
      const [step] = next.splice(from, 1);
      next.splice(to, 0, step!);
      const now = failing(base, next);
      if (now > failing(base, option.steps)) {
        notify('warning', reorderRefusedText(from, to, now));
        return false;
      }
      return setSteps(index, next, stepEditWhat.move(from));
    },

    setStepWhy: (optionId, at, why) => {
      const ws = get().workspace;
      const index = ws.options.findIndex((o) => o.id === optionId);
      const step = ws.options[index]?.steps[at];
      if (!step) return false;
      const clean = why.trim();
      const done = get().commit((draft) => {
        const s = draft.options[index]!.steps[at]!;
        if (clean) s.why = clean;
        else delete s.why;
      });
      const prompt = get().reasonPrompt;
      if (prompt && prompt.optionId === optionId && prompt.index === at) set((s) => void (s.reasonPrompt = null));
      return done;
    },

    askReason: (optionId, index) => {
      const step = get().workspace.options.find((o) => o.id === optionId)?.steps[index];
      if (step) set((s) => void (s.reasonPrompt = { optionId, index, step }));
    },
    dismissReasonPrompt: () => set((s) => void (s.reasonPrompt = null)),
  };
};
