import { parseWorkspace, serializeWorkspace } from '../io/index.ts';
import { VERSION_TASKS, versionNotices } from '../words/versions.ts';
import { fileProblemWords } from '../words/fileProblems.ts';
import type { Slice, VersionSlice } from './types.ts';
import type { VersionShelf } from './versions.ts';
import { initialView } from './viewDefaults.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Named versions: save the workspace under a name, list, go back to one (undoable), export one, delete one. */
export const createVersionSlice =
  (shelf: VersionShelf | null): Slice<VersionSlice> =>
  (set, get) => {
    const guard = async <T>(task: keyof typeof VERSION_TASKS, job: (s: VersionShelf) => Promise<T>): Promise<T | null> => {
      if (!shelf) {
        get().notify('warning', versionNotices.unavailable);
        return null;
      }
      try {
        return await job(shelf);
      } catch (e) {
        get().notify('error', versionNotices.failed(VERSION_TASKS[task], message(e)));
        return null;
      }
    };
    const refresh = async (s: VersionShelf) => {
      const list = await s.list();
      set((st) => {
        st.versions = list;
      });
    };
    return {
      versions: [],
      versionsAvailable: shelf !== null,
      refreshVersions: async () => {
        await guard('list', refresh);
      },
      saveVersion: async (name) => {
        const clean = name.trim();
        if (!clean) {
          get().notify('warning', versionNotices.needsName);
          return false;
        }
        const ws = get().workspace;
        const savedAt = new Date().toISOString();
        const done = await guard('save', async (s) => {
          await s.put({ id: `${savedAt}-${Math.random().toString(36).slice(2, 8)}`, name: clean, savedAt, title: ws.title }, serializeWorkspace(ws));
          await refresh(s);
          return true;
        });
        if (done) get().notify('info', versionNotices.saved(clean));
        return done === true;
      },
      restoreVersion: async (id) => {
        const info = get().versions.find((v) => v.id === id);
        const text = await guard('restore', (s) => s.text(id));
        if (text === null) {
          if (shelf) get().notify('error', versionNotices.missing);
          return false;
        }
        const parsed = parseWorkspace(text);
        if (!parsed.ok) {
          get().notify('error', versionNotices.unreadable(info?.name ?? id), parsed.errors.map(fileProblemWords));
          return false;
        }
        get().replaceWorkspace(parsed.workspace);
        set((s) => {
          s.view = { ...initialView(parsed.workspace), mode: s.view.mode, sync: s.view.sync };
        });
        get().notify('info', versionNotices.restored(info?.name ?? id));
        return true;
      },
      versionText: (id) => guard('export', (s) => s.text(id)),
      deleteVersion: async (id) => {
        await guard('remove', async (s) => {
          await s.remove(id);
          await refresh(s);
        });
      },
    };
  };
