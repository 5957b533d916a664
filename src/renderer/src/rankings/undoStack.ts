// The session's undo/redo stacks of hand edits. Module state (not component state) so the stack
// survives moving to another page and back; a reload or a restore starts a new session.
// Entries are ids of the original "edit" change: main undoes and redoes by that id.
import { useSyncExternalStore } from 'react';
import type { RankingGroup } from '../../../shared/domain';

export interface UndoEntry {
  changeId: number;
  year: number;
  group: RankingGroup;
}

interface Stacks {
  undo: readonly UndoEntry[];
  redo: readonly UndoEntry[];
}

let stacks: Stacks = { undo: [], redo: [] };
const listeners = new Set<() => void>();

function set(next: Stacks) {
  stacks = next;
  listeners.forEach((l) => l());
}

export const undoStack = {
  /** A new edit: it can be undone, and whatever was undone before can no longer be redone. */
  recordEdit(entry: UndoEntry) {
    set({ undo: [...stacks.undo, entry], redo: [] });
  },
  peekUndo: (): UndoEntry | undefined => stacks.undo.at(-1),
  peekRedo: (): UndoEntry | undefined => stacks.redo.at(-1),
  /** Moves the top entry from one stack to the other once main has done the work. */
  undone(entry: UndoEntry) {
    set({ undo: stacks.undo.filter((e) => e !== entry), redo: [...stacks.redo, entry] });
  },
  redone(entry: UndoEntry) {
    set({ undo: [...stacks.undo, entry], redo: stacks.redo.filter((e) => e !== entry) });
  },
  /** An entry main refused (e.g. already undone elsewhere) is dropped rather than retried forever. */
  drop(entry: UndoEntry) {
    set({ undo: stacks.undo.filter((e) => e !== entry), redo: stacks.redo.filter((e) => e !== entry) });
  },
  clear() {
    set({ undo: [], redo: [] });
  },
};

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useUndoStacks(): Stacks {
  return useSyncExternalStore(subscribe, () => stacks);
}
