import type { Slice, ViewSlice, ViewState } from './types.ts';

export const createViewSlice =
  (initial: ViewState): Slice<ViewSlice> =>
  (set, get) => ({
    view: initial,
    setPane: (side, id) =>
      set((s) => {
        s.view[side] = id;
      }),
    setMode: (mode) =>
      set((s) => {
        s.view.mode = mode;
      }),
    setSync: (on) =>
      set((s) => {
        s.view.sync = on;
      }),
    setTab: (tab) =>
      set((s) => {
        s.view.tab = tab;
      }),
    setFocus: (side) =>
      set((s) => {
        s.view.focus = side;
      }),
    setPeopleOnBoxes: (on) =>
      set((s) => {
        s.view.peopleOnBoxes = on;
      }),
    select: (id, centre = false) =>
      set((s) => {
        s.view.selected = id;
        if (centre && id !== null) s.view.centerRequest = { id, seq: (s.view.centerRequest?.seq ?? 0) + 1 };
      }),
    openAgainstBaseline: (id) => {
      const ws = get().workspace;
      if (id !== ws.baseline.id && !ws.options.some((o) => o.id === id)) return;
      set((s) => {
        s.view.left = ws.baseline.id;
        s.view.right = id;
        s.view.mode = 'split';
        s.view.tab = 'compare';
      });
    },
  });
