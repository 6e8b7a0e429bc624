/**
 * Nothing lost: the report is saved ~600 ms after the clerk stops typing, and at once when the screen changes, the
 * window loses focus or the page is closed. Saves go one at a time with the revision they build on, so a save from
 * another window is detected (a conflict) instead of overwritten. Autosaves of the last two minutes fold into one
 * revision (report.save's `coalesce`), so the history lists versions worth going back to, not keystrokes.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Report } from '../../../../shared/model/report';
import { api } from '../../api/client';
import type { SaveProblem } from '../checks/ChecksPanel';
import { prepareForSave } from './prepare-save';

export const AUTOSAVE_DELAY_MS = 600;
/** A little under the store's two-minute window, so the store never refuses a fold the editor asked for. */
const GROUP_SPAN_MS = 110_000;

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; problems: SaveProblem[] }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

export interface FlushOptions {
  /** The page is closing: let the request outlive it. */
  keepalive?: boolean;
  /** A deliberate version (an older revision restored): never folded into the autosave before it or after it. */
  newRevision?: boolean;
  /** Save this report (just handed to the reducer, whose render has not reached the hook yet). */
  report?: Report;
}

export interface Autosave {
  status: SaveStatus;
  flush: (options?: FlushOptions) => Promise<boolean>;
  /** After a conflict: continue from the stored revision (the editor reloads it). */
  adopt: (revision: number, report: Report, updatedAt: string) => void;
  /** After a conflict: save this window's report over the other one. */
  overwrite: () => Promise<boolean>;
  currentRevision: () => number;
}

export function useAutosave(id: string, report: Report, loaded: { revision: number; updatedAt: string }): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: loaded.updatedAt });
  const reportRef = useRef(report);
  const savedRef = useRef(report);
  const revisionRef = useRef(loaded.revision);
  const groupRef = useRef<{ revision: number; startedAt: number } | null>(null);
  const timerRef = useRef<number | null>(null);
  const inflightRef = useRef<Promise<unknown> | null>(null);
  const blockedRef = useRef(false);
  /** The JSON last stored: typing a value and then typing it back again needs no new revision. */
  const savedJsonRef = useRef<string | null>(null);
  // The timer calls the latest flush through this ref (flush schedules itself again after a save).
  const flushRef = useRef<(options?: FlushOptions) => Promise<boolean>>(() => Promise.resolve(false));

  const clearTimer = () => {
    if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  const flush = useCallback(
    async (options: FlushOptions = {}): Promise<boolean> => {
      clearTimer();
      if (options.report) reportRef.current = options.report;
      while (inflightRef.current) await inflightRef.current;
      if (blockedRef.current) return false;
      const current = reportRef.current;
      if (current === savedRef.current && !options.newRevision) {
        setStatus((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: new Date().toISOString() }));
        return true;
      }
      const prepared = prepareForSave(current);
      if (!prepared.ok) {
        setStatus({ kind: 'invalid', problems: prepared.problems });
        return false;
      }
      const json = JSON.stringify(prepared.report);
      if (savedJsonRef.current === null) {
        const loadedCopy = prepareForSave(savedRef.current);
        savedJsonRef.current = loadedCopy.ok ? JSON.stringify(loadedCopy.report) : '';
      }
      if (json === savedJsonRef.current && !options.newRevision) {
        savedRef.current = current;
        setStatus((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: new Date().toISOString() }));
        return true;
      }
      const base = revisionRef.current;
      const group = groupRef.current;
      const coalesce =
        !options.newRevision &&
        group !== null &&
        group.revision === base &&
        Date.now() - group.startedAt < GROUP_SPAN_MS;
      setStatus({ kind: 'saving' });
      const call = api.call(
        'report.save',
        { id, baseRevision: base, report: prepared.report, coalesce },
        { keepalive: options.keepalive === true },
      );
      inflightRef.current = call;
      const result = await call;
      inflightRef.current = null;
      if (!result.ok) {
        if (result.error.code === 'conflict') {
          blockedRef.current = true;
          setStatus({ kind: 'conflict', message: result.error.message });
        } else {
          setStatus({ kind: 'error', message: result.error.message });
        }
        return false;
      }
      revisionRef.current = result.value.revision;
      savedRef.current = current;
      savedJsonRef.current = json;
      if (options.newRevision) groupRef.current = null;
      else if (coalesce && group) groupRef.current = { ...group, revision: result.value.revision };
      else groupRef.current = { revision: result.value.revision, startedAt: Date.now() };
      if (reportRef.current !== current) {
        setStatus({ kind: 'pending' });
        timerRef.current = window.setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
      } else {
        setStatus({ kind: 'saved', at: result.value.updatedAt });
      }
      return true;
    },
    [id],
  );
  useLayoutEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    reportRef.current = report;
    if (blockedRef.current) return;
    if (report === savedRef.current) {
      if (!inflightRef.current) {
        clearTimer();
        setStatus((s) =>
          s.kind === 'pending' || s.kind === 'invalid' ? { kind: 'saved', at: new Date().toISOString() } : s,
        );
      }
      return;
    }
    setStatus((s) => (s.kind === 'saving' || s.kind === 'pending' ? s : { kind: 'pending' }));
    clearTimer();
    timerRef.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [report, flush]);

  // Save at once when the clerk leaves the window or the page; the browser asks before closing with unsaved work.
  useEffect(() => {
    const onBlur = () => void flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush({ keepalive: true });
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (reportRef.current === savedRef.current && !inflightRef.current) return;
      void flush({ keepalive: true });
      // Inside Electron a cancelled unload would silently keep the window open; there the save is just sent.
      if (!window.selfeval) e.preventDefault();
    };
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      clearTimer();
    };
  }, [flush]);

  const adopt = useCallback((revision: number, stored: Report, updatedAt: string) => {
    clearTimer();
    revisionRef.current = revision;
    savedRef.current = stored;
    savedJsonRef.current = null;
    reportRef.current = stored;
    groupRef.current = null;
    blockedRef.current = false;
    setStatus({ kind: 'saved', at: updatedAt });
  }, []);

  const overwrite = useCallback(async () => {
    const latest = await api.call('report.get', { id });
    if (!latest.ok) {
      setStatus({ kind: 'error', message: latest.error.message });
      return false;
    }
    revisionRef.current = latest.value.revision;
    groupRef.current = null;
    blockedRef.current = false;
    return flush({ newRevision: true });
  }, [flush, id]);

  const currentRevision = useCallback(() => revisionRef.current, []);

  return { status, flush, adopt, overwrite, currentRevision };
}
