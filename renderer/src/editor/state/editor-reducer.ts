/**
 * The editor holds one Report and its undo/redo history. Every change is an action carrying a pure recipe
 * (report → report) and the path of the field it touches: the path names the undo step (typing on in one field
 * stays one step) and tells undo where to take the clerk back to.
 */
import type { Report } from '../../../../shared/model/report';

/** Typing pauses longer than this start a new undo step, even in the same field. */
export const MERGE_WINDOW_MS = 1500;
const MAX_HISTORY = 300;

export interface HistoryEntry {
  report: Report;
  /** The field the change touched ("projects.items.3.spentFen"). */
  path: string;
}

export interface EditorState {
  report: Report;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** The last edit, for merging keystrokes in one field into one undo step. */
  lastEdit: { mergeKey: string; at: number } | null;
  /** Set by undo, redo and restore: the field to show the clerk (seq makes each request distinct). */
  reveal: { path: string; seq: number } | null;
}

export type EditorAction =
  | {
      type: 'edit';
      path: string;
      /** Same key within MERGE_WINDOW_MS: folded into the previous undo step. Absent: always its own step. */
      mergeKey?: string;
      at: number;
      recipe: (report: Report) => Report;
    }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A whole other report (an older revision restored): one undo step. */
  | { type: 'replace'; report: Report; path: string }
  /** Loaded from the store: history starts afresh. */
  | { type: 'load'; report: Report };

export function initialEditorState(report: Report): EditorState {
  return { report, past: [], future: [], lastEdit: null, reveal: null };
}

function pushPast(past: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = past.length >= MAX_HISTORY ? past.slice(past.length - MAX_HISTORY + 1) : past.slice();
  next.push(entry);
  return next;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit': {
      const report = action.recipe(state.report);
      if (report === state.report) return state;
      const merge =
        action.mergeKey !== undefined &&
        state.lastEdit !== null &&
        state.lastEdit.mergeKey === action.mergeKey &&
        action.at - state.lastEdit.at < MERGE_WINDOW_MS &&
        state.past.length > 0;
      return {
        report,
        past: merge ? state.past : pushPast(state.past, { report: state.report, path: action.path }),
        future: [],
        lastEdit: action.mergeKey === undefined ? null : { mergeKey: action.mergeKey, at: action.at },
        reveal: state.reveal,
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        report: previous.report,
        past: state.past.slice(0, -1),
        future: [...state.future, { report: state.report, path: previous.path }],
        lastEdit: null,
        reveal: { path: previous.path, seq: (state.reveal?.seq ?? 0) + 1 },
      };
    }
    case 'redo': {
      const next = state.future[state.future.length - 1];
      if (!next) return state;
      return {
        report: next.report,
        past: pushPast(state.past, { report: state.report, path: next.path }),
        future: state.future.slice(0, -1),
        lastEdit: null,
        reveal: { path: next.path, seq: (state.reveal?.seq ?? 0) + 1 },
      };
    }
    case 'replace':
      return {
        report: action.report,
        past: pushPast(state.past, { report: state.report, path: action.path }),
        future: [],
        lastEdit: null,
        reveal: state.reveal,
      };
    case 'load':
      return initialEditorState(action.report);
  }
}
