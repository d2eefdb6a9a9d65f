import type { Criterion, Judgement, MoveStep, Option, Step, Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { alreadyReportsNotice, explainStep, moveRefusedNotice } from '../words/index.ts';
import { parseWorkspace, serializeWorkspace } from '../io/index.ts';
import type { AppState, Slice, WorkspaceSlice } from './types.ts';
import { nextOptionNumber, uniqueId, variantTitle } from './ids.ts';
import { leedsWorkspace } from './leeds.ts';
import { nodeOf, structureTitle } from './names.ts';
import { initialView } from './viewDefaults.ts';

const errorCount = (ws: Workspace, optionId: string): number => resolveWorkspace(ws).stepErrors.get(optionId)?.length ?? 0;

export const createWorkspaceSlice =
  (initial: Workspace): Slice<WorkspaceSlice> =>
  (set, get) => {
    const notify: AppState['notify'] = (...args) => get().notify(...args);
    const judge = (optionId: string, criterion: Criterion, change: (old: Judgement | undefined) => Judgement): void => {
      const ws = get().workspace;
      if (optionId !== ws.baseline.id && !ws.options.some((o) => o.id === optionId)) {
        notify('error', `No structure or option "${optionId}" to appraise.`);
        return;
      }
      get().commit((draft) => {
        draft.appraisal ??= { scores: {} };
        const row = (draft.appraisal.scores[optionId] ??= {});
        row[criterion] = change(row[criterion]);
      });
    };
    const loadNew = (ws: Workspace): void => {
      get().replaceWorkspace(ws);
      set((s) => {
        s.view = { ...initialView(ws), mode: s.view.mode, sync: s.view.sync };
      });
    };

    return {
      workspace: initial,

      moveNode: (optionId, node, to, why) => {
        const ws = get().workspace;
        if (!ws.options.some((o) => o.id === optionId)) {
          const text = optionId === ws.baseline.id ? `"${ws.baseline.title}" is the baseline and is not edited: start an option from it.` : `No option "${optionId}".`;
          notify('error', text);
          return false;
        }
        const structure = resolveWorkspace(ws).structures.get(optionId);
        if (!structure) {
          notify('error', `"${structureTitle(ws, optionId)}" cannot be resolved, so nothing can be moved in it.`);
          return false;
        }
        const refused = moveRefusedNotice(structure, node, to);
        if (refused) {
          notify('warning', refused);
          return false;
        }
        if ((nodeOf(structure, node)?.manager ?? null) === to) {
          notify('info', alreadyReportsNotice(structure, node, to));
          return false;
        }
        const step: MoveStep = why ? { op: 'move', node, to, why } : { op: 'move', node, to };
        return get().commit((draft) => {
          draft.options.find((o) => o.id === optionId)?.steps.push(step);
        });
      },

      newOptionFrom: (baseId, firstStep?: Step) => {
        const ws = get().workspace;
        const base = resolveWorkspace(ws).structures.get(baseId);
        if (!base) {
          notify('error', `No structure or option "${baseId}" to start an option from.`);
          return null;
        }
        const reason = firstStep ? explainStep(base, firstStep) : null;
        if (reason) {
          notify('warning', `New option not started: its first step (${firstStep?.op}) would fail: ${reason}`);
          return null;
        }
        const n = nextOptionNumber(ws);
        const id = uniqueId(ws, `option-${n}`);
        const option: Option = {
          id,
          title: `Option ${n} (new, from ${structureTitle(ws, baseId)})`,
          ...(baseId === ws.baseline.id ? {} : { from: baseId }),
          steps: firstStep ? [firstStep] : [],
        };
        get().commit((draft) => {
          draft.options.push(option);
        });
        get().setPane('right', id);
        return id;
      },

      duplicateOption: (id) => {
        const ws = get().workspace;
        const index = ws.options.findIndex((o) => o.id === id);
        const original = ws.options[index];
        if (!original) {
          notify('error', `No option "${id}" to duplicate.`);
          return null;
        }
        const copy: Option = { ...original, id: uniqueId(ws, `${id}-variant`), title: variantTitle(ws, original.title), steps: [...original.steps] };
        get().commit((draft) => {
          draft.options.splice(index + 1, 0, copy);
        });
        get().setPane('right', copy.id);
        return copy.id;
      },

      renameOption: (id, title) => {
        const clean = title.trim();
        if (!clean) {
          notify('warning', 'An option needs a title; the name was not changed.');
          return false;
        }
        return get().commit((draft) => {
          const option = draft.options.find((o) => o.id === id);
          if (option && option.title !== clean) option.title = clean;
        });
      },

      deleteOption: (id) => {
        const ws = get().workspace;
        const option = ws.options.find((o) => o.id === id);
        if (!option) {
          notify('error', `No option "${id}" to delete.`);
          return false;
        }
        const derived = ws.options.filter((o) => o.from === id);
        if (derived.length > 0) {
          notify('warning', `"${option.title}" was not deleted: other options start from it. Delete those first, or they would lose their starting point.`, derived.map((o) => o.title));
          return false;
        }
        return get().commit((draft) => {
          draft.options = draft.options.filter((o) => o.id !== id);
          if (draft.appraisal) {
            delete draft.appraisal.scores[id];
            if (draft.appraisal.preferred === id) delete draft.appraisal.preferred;
          }
        });
      },

      removeStep: (optionId, index) => {
        const ws = get().workspace;
        const option = ws.options.find((o) => o.id === optionId);
        if (!option || index < 0 || index >= option.steps.length) {
          notify('error', `No step ${index + 1} in option "${optionId}".`);
          return false;
        }
        const before = errorCount(ws, optionId);
        const done = get().commit((draft) => {
          draft.options.find((o) => o.id === optionId)?.steps.splice(index, 1);
        });
        const after = errorCount(get().workspace, optionId);
        if (done && after > before) {
          notify('warning', `Step ${index + 1} removed from "${option.title}": ${after - before} later step(s) now fail; they are marked in the step list.`);
        }
        return done;
      },

      importWorkspace: (text) => {
        const parsed = parseWorkspace(text);
        if (!parsed.ok) {
          notify('error', `The file was not imported (${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}); the workspace is unchanged.`, parsed.errors);
          return { ok: false, errors: parsed.errors };
        }
        loadNew(parsed.workspace);
        notify('info', `Imported "${parsed.workspace.title}".`);
        return { ok: true };
      },

      exportWorkspace: () => serializeWorkspace(get().workspace),

      resetToLeeds: () => loadNew(leedsWorkspace()),

      setJudgement: (optionId, criterion, judgement) => judge(optionId, criterion, () => judgement),
      setScore: (optionId, criterion, score) => judge(optionId, criterion, (old) => ({ ...old, score })),
      setNote: (optionId, criterion, note) =>
        judge(optionId, criterion, (old) => {
          const { note: _old, ...rest } = old ?? { score: null };
          return note.trim() ? { ...rest, note } : rest;
        }),

      setPreferred: (id) => {
        const ws = get().workspace;
        if (id !== null && id !== ws.baseline.id && !ws.options.some((o) => o.id === id)) {
          notify('error', `No structure or option "${id}" to prefer.`);
          return;
        }
        get().commit((draft) => {
          if (id === null) {
            if (draft.appraisal) delete draft.appraisal.preferred;
            return;
          }
          draft.appraisal ??= { scores: {} };
          draft.appraisal.preferred = id;
        });
      },
    };
  };
