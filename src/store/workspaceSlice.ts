import { own } from '../model/own.ts';
import type { Criterion, Judgement, MoveStep, Option, Step, Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { alreadyReportsNotice, explainStep, moveRefusedNotice, moveWords, namesIn } from '../words/index.ts';
import { NOTICE } from '../words/notices.ts';
import { stepEditWhat } from '../words/editing.ts';
import { fileProblemWords } from '../words/fileProblems.ts';
import { parseWorkspace, serializeWorkspace } from '../io/index.ts';
import type { AppState, Slice, WorkspaceSlice } from './types.ts';
import { nextOptionNumber, uniqueId, variantTitle } from './ids.ts';
import { leedsWorkspace } from './leeds.ts';
import { nodeOf, structureTitle } from './names.ts';
import { initialView } from './viewDefaults.ts';
import { importNotice } from '../words/importNotice.ts';
import { conflictLine } from '../words/workspaceNames.ts';

const errorCount = (ws: Workspace, optionId: string): number => resolveWorkspace(ws).stepErrors.get(optionId)?.length ?? 0;

export const createWorkspaceSlice =
  (initial: Workspace): Slice<WorkspaceSlice> =>
  (set, get) => {
    const notify: AppState['notify'] = (...args) => get().notify(...args);
    const judge = (optionId: string, criterion: Criterion, change: (old: Judgement | undefined) => Judgement): void => {
      const ws = get().workspace;
      if (optionId !== ws.baseline.id && !ws.options.some((o) => o.id === optionId)) {
        notify('error', NOTICE.noStructureTo(optionId, 'appraise'));
        return;
      }
      get().commit((draft) => {
        draft.appraisal ??= { scores: {} };
        const scores = draft.appraisal.scores;
        // Own entries only: scores['constructor'] is Object itself, and writing into it would touch every object.
        const row = own(scores, optionId) ?? (scores[optionId] = {});
        row[criterion] = change(row[criterion]);
      });
    };
    /** Another workspace (Import, Reset to Leeds): a fresh view, and the old workspace's notices (its conflicts, refusals) go. */
    const loadNew = (ws: Workspace): void => {
      get().replaceWorkspace(ws);
      set((s) => {
        s.view = { ...initialView(ws), mode: s.view.mode, sync: s.view.sync, loads: s.view.loads + 1 };
        s.notices = [];
      });
    };

    return {
      workspace: initial,

      moveNode: (optionId, node, to, why) => {
        const ws = get().workspace;
        if (!ws.options.some((o) => o.id === optionId)) {
          const text = optionId === ws.baseline.id ? NOTICE.baselineNotEdited(ws.baseline.title) : NOTICE.noOption(optionId);
          notify('error', text);
          return false;
        }
        const structure = resolveWorkspace(ws).structures.get(optionId);
        if (!structure) {
          notify('error', NOTICE.cannotMoveIn(structureTitle(ws, optionId)));
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
        // addSteps also refuses a move that would break options derived from this one.
        return get().addSteps(optionId, [step], stepEditWhat.moveNode(moveWords(namesIn(structure), node, to)));
      },

      newOptionFrom: (baseId, firstStep?: Step) => {
        const ws = get().workspace;
        const base = resolveWorkspace(ws).structures.get(baseId);
        if (!base) {
          notify('error', NOTICE.noStructureTo(baseId, 'startFrom'));
          return null;
        }
        const reason = firstStep ? explainStep(base, firstStep) : null;
        if (reason) {
          notify('warning', NOTICE.firstStepFails(firstStep?.op ?? '?', reason));
          return null;
        }
        const n = nextOptionNumber(ws);
        const id = uniqueId(ws, `option-${n}`);
        const option: Option = {
          id,
          title: NOTICE.newOptionTitle(n, structureTitle(ws, baseId)),
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
          notify('error', NOTICE.noOption(id, 'duplicate'));
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
          notify('warning', NOTICE.titleNeeded);
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
          notify('error', NOTICE.noOption(id, 'delete'));
          return false;
        }
        const derived = ws.options.filter((o) => o.from === id);
        if (derived.length > 0) {
          notify('warning', NOTICE.notDeletedHasDerived(option.title), derived.map((o) => o.title));
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
          notify('error', NOTICE.noStep(index + 1, optionId));
          return false;
        }
        const before = errorCount(ws, optionId);
        const done = get().commit((draft) => {
          draft.options.find((o) => o.id === optionId)?.steps.splice(index, 1);
        });
        const now = get().workspace;
        const after = errorCount(now, optionId);
        if (done && after > before) {
          const lines = (resolveWorkspace(now).stepErrors.get(optionId) ?? []).map((c) => conflictLine(now, c));
          notify('warning', NOTICE.stepRemovedLaterFail(index + 1, option.title, after - before), lines);
        }
        return done;
      },

      importWorkspace: (text) => get().importParsed(parseWorkspace(text)),

      importParsed: (parsed, warnings = []) => {
        if (!parsed.ok) {
          const errors = parsed.errors.map(fileProblemWords);
          notify('error', NOTICE.notImported(errors.length), errors);
          return { ok: false, errors };
        }
        loadNew(parsed.workspace);
        const { workspace, conflicts } = parsed;
        const text = importNotice(workspace.title, conflicts.length, warnings.length, warnings.length > 0);
        if (conflicts.length === 0 && warnings.length === 0) notify('info', text);
        else notify('warning', text, [...conflicts.map((c) => conflictLine(workspace, c)), ...warnings]);
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
          notify('error', NOTICE.noStructureTo(id, 'prefer'));
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
