/** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo the report, anywhere on the page; Ctrl+S saves at once. */
import { useEffect, useRef } from 'react';

export interface Shortcuts {
  undo: () => void;
  redo: () => void;
  save: () => void;
}

export function useShortcuts(shortcuts: Shortcuts): void {
  const ref = useRef(shortcuts);
  useEffect(() => {
    ref.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.isComposing) return;
      const key = e.key.toLowerCase();
      // The browser's own undo inside one input would fight the report's history: the report's wins.
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        ref.current.undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        ref.current.redo();
      } else if (key === 's') {
        e.preventDefault();
        ref.current.save();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
