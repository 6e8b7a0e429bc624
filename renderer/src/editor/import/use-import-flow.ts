/**
 * The steps of one Excel import, as a small state machine: read the file → preview (cancellable) → apply or cancel
 * → result → undo. Every request carries a generation number: when the clerk cancels or starts again, the answer of
 * the abandoned request is ignored (the server may still finish reading it, but nothing is saved by a preview).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/result';
import { api } from '../../api/client';
import type { Picked, PickedWorkbook } from './workbook-file';

export type ImportPreview = Output<'import.preview'>;
export type ApplyResult = Output<'import.apply'>;

/** The clerk's explicit choices; by default a blank cell and a row the workbook lacks change nothing. */
export interface ImportChoices {
  clearMissing: boolean;
  deleteMissingRows: boolean;
}

export const NO_CHOICES: ImportChoices = { clearMissing: false, deleteMissingRows: false };

export type ImportPhase =
  | { kind: 'idle'; note?: string }
  | { kind: 'reading'; fileName: string; stage: 'file' | 'workbook'; startedAt: number }
  | { kind: 'preview'; workbook: PickedWorkbook; preview: ImportPreview; choices: ImportChoices; note?: string }
  | { kind: 'applying'; workbook: PickedWorkbook; preview: ImportPreview; choices: ImportChoices }
  | { kind: 'applied'; fileName: string; result: ApplyResult; baseRevision: number; preview: ImportPreview }
  | { kind: 'undoing'; fileName: string; result: ApplyResult; baseRevision: number; preview: ImportPreview }
  | { kind: 'undone'; fileName: string; revision: number; restored: number }
  | {
      kind: 'failed';
      fileName: string;
      step: 'preview' | 'apply' | 'undo';
      error: ApiError;
      /** The workbook that was being applied, so that it can be previewed again (after a conflict, say). */
      workbook?: PickedWorkbook;
    };

export interface ImportFlowDeps {
  id: string;
  flush: () => Promise<boolean>;
  currentRevision: () => number;
  onApplied: () => Promise<void>;
}

export interface ImportFlow {
  phase: ImportPhase;
  /** Reads a file (from an input or a drop) and previews it; false while an import or undo is being written. */
  startFile: (fileName: string, read: () => Promise<Picked>) => boolean;
  /** Previews a workbook already read (again, after a failed apply). */
  previewAgain: (workbook: PickedWorkbook) => void;
  /** Abandons the preview being read, or the one shown: nothing is changed. */
  cancel: () => void;
  apply: () => void;
  /** Previews the same workbook again with other choices (清空 / 删除这些行). */
  choose: (choices: ImportChoices) => void;
  undo: () => void;
  reset: () => void;
}

const NOT_SAVED: ApiError = {
  code: 'not-saved',
  message: '编辑中的内容未能保存（见页面上方的保存状态），为免丢失修改，暂不导入。请处理后再试',
};

type Finished = Extract<ImportPhase, { kind: 'applied' | 'undone' }>;

/**
 * The last finished import of each report in this window: the clerk may look at the imported figures on another
 * screen and come back to 撤销这次导入.
 */
const lastFinished = new Map<string, Finished>();

export function useImportFlow({ id, flush, currentRevision, onApplied }: ImportFlowDeps): ImportFlow {
  /** An import or its undo is being saved: it must finish before another workbook is read. */
  const writing = useRef(false);
  const [phase, setPhaseState] = useState<ImportPhase>(() => lastFinished.get(id) ?? { kind: 'idle' });
  const setPhase = useCallback(
    (next: ImportPhase) => {
      writing.current = next.kind === 'applying' || next.kind === 'undoing';
      if (next.kind === 'applied' || next.kind === 'undone') lastFinished.set(id, next);
      else if (next.kind !== 'undoing') lastFinished.delete(id);
      setPhaseState(next);
    },
    [id],
  );
  const generation = useRef(0);
  /** The preview being read on the server, so that abandoning it also stops its worker there. */
  const reading = useRef<string | null>(null);
  const stopReading = useCallback(() => {
    const requestId = reading.current;
    reading.current = null;
    if (requestId) void api.call('import.cancel', { requestId });
  }, []);
  useEffect(
    () => () => {
      // Leaving the screen abandons whatever is being read.
      generation.current += 1;
      stopReading();
    },
    [stopReading],
  );

  const preview = useCallback(
    async (gen: number, workbook: PickedWorkbook, note?: string, choices: ImportChoices = NO_CHOICES) => {
      setPhase({ kind: 'reading', fileName: workbook.fileName, stage: 'workbook', startedAt: performance.now() });
      // Saved first, so the preview compares the workbook with what the clerk sees in the editor.
      const saved = await flush();
      if (gen !== generation.current) return;
      if (!saved) {
        setPhase({ kind: 'failed', fileName: workbook.fileName, step: 'preview', error: NOT_SAVED });
        return;
      }
      const requestId = `${Date.now().toString(36)}-${gen}-${Math.random().toString(36).slice(2, 10)}`;
      reading.current = requestId;
      const r = await api.call('import.preview', {
        id,
        fileName: workbook.fileName,
        data: workbook.data,
        requestId,
        ...choices,
      });
      if (reading.current === requestId) reading.current = null;
      if (gen !== generation.current) return;
      setPhase(
        r.ok
          ? { kind: 'preview', workbook, preview: r.value, choices, ...(note ? { note } : {}) }
          : { kind: 'failed', fileName: workbook.fileName, step: 'preview', error: r.error },
      );
    },
    [flush, id, setPhase],
  );

  const startFile = useCallback(
    (fileName: string, read: () => Promise<Picked>) => {
      if (writing.current) return false;
      const gen = ++generation.current;
      setPhase({ kind: 'reading', fileName, stage: 'file', startedAt: performance.now() });
      void read().then((picked) => {
        if (gen !== generation.current) return;
        if (picked === null) setPhase({ kind: 'idle' });
        else if (!picked.ok) setPhase({ kind: 'failed', fileName, step: 'preview', error: picked.error });
        else void preview(gen, picked.workbook);
      });
      return true;
    },
    [preview, setPhase],
  );

  const previewAgain = useCallback(
    (workbook: PickedWorkbook) => void preview(++generation.current, workbook),
    [preview],
  );

  const cancel = useCallback(() => {
    generation.current += 1;
    stopReading();
    setPhase({ kind: 'idle', note: '已取消导入，报告未作任何修改' });
  }, [setPhase, stopReading]);

  const reset = useCallback(() => {
    generation.current += 1;
    setPhase({ kind: 'idle' });
  }, [setPhase]);

  const apply = useCallback(() => {
    if (phase.kind !== 'preview') return;
    const { workbook, preview: shown, choices } = phase;
    const gen = ++generation.current;
    setPhase({ kind: 'applying', workbook, preview: shown, choices });
    void (async () => {
      if (!(await flush())) {
        setPhase({ kind: 'failed', fileName: workbook.fileName, step: 'apply', error: NOT_SAVED, workbook });
        return;
      }
      const baseRevision = currentRevision();
      if (baseRevision !== shown.revision) {
        // The report changed after the preview was made: the clerk must see what would really change.
        void preview(gen, workbook, '报告在预览之后有修改，已按现在的内容重新预览，请再核对', choices);
        return;
      }
      const r = await api.call('import.apply', {
        id,
        baseRevision,
        fileName: workbook.fileName,
        data: workbook.data,
        ...choices,
      });
      if (!r.ok) {
        setPhase({ kind: 'failed', fileName: workbook.fileName, step: 'apply', error: r.error, workbook });
        return;
      }
      if (r.value.changeCount > 0) await onApplied();
      setPhase({ kind: 'applied', fileName: workbook.fileName, result: r.value, baseRevision, preview: shown });
    })();
  }, [currentRevision, flush, id, onApplied, phase, preview, setPhase]);

  const choose = useCallback(
    (choices: ImportChoices) => {
      if (phase.kind !== 'preview') return;
      void preview(++generation.current, phase.workbook, undefined, choices);
    },
    [phase, preview],
  );

  const undo = useCallback(() => {
    if (phase.kind !== 'applied') return;
    const { fileName, result, baseRevision, preview: shown } = phase;
    generation.current += 1;
    setPhase({ kind: 'undoing', fileName, result, baseRevision, preview: shown });
    // The way back stays open through the history even when this attempt fails.
    const fail = (error: ApiError) =>
      setPhase({
        kind: 'failed',
        fileName,
        step: 'undo',
        error: { ...error, message: `${error.message}。也可以在“修订记录”中恢复导入前的那条修订` },
      });
    void (async () => {
      if (!(await flush())) return fail(NOT_SAVED);
      const before = await api.call('report.revision', { id, revision: baseRevision });
      if (!before.ok) return fail(before.error);
      // A new revision with the content from before the import: the import itself stays in the history.
      const saved = await api.call('report.save', { id, baseRevision: currentRevision(), report: before.value });
      if (!saved.ok) return fail(saved.error);
      await onApplied();
      setPhase({ kind: 'undone', fileName, revision: saved.value.revision, restored: baseRevision });
    })();
  }, [currentRevision, flush, id, onApplied, phase, setPhase]);

  return { phase, startFile, previewAgain, cancel, apply, choose, undo, reset };
}
