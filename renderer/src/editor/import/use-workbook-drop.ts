/**
 * Drag a workbook onto the editor: wherever it is dropped, the clerk is taken to 导入Excel with that file. The
 * window listens (so no screen needs a drop zone), the browser is kept from opening the file itself, and the file
 * waits here until the import screen takes it (it may not be mounted yet when the drop happens).
 */
import { useEffect } from 'react';
import { App } from 'antd';
import { createHandoff } from '../../common/handoff';
import { looksLikeSpreadsheet } from './workbook-file';

const droppedWorkbook = createHandoff<{ reportId: string; file: File }>();

/** The dropped file waiting for this report's import screen, handed over once. */
export function takeDroppedWorkbook(reportId: string): File | null {
  return droppedWorkbook.take((dropped) => dropped.reportId === reportId)?.file ?? null;
}

/** Calls `listener` whenever a workbook is dropped; returns the unsubscribe function. */
export const onWorkbookDropped = (listener: () => void): (() => void) => droppedWorkbook.subscribe(listener);

/** Shown over the whole window while a file is dragged over it (editor.css). */
const DRAG_CLASS = 'workbook-drag-over';
/** dragover repeats every ~50 ms while a drag hovers; when it stops for this long, the drag has left. */
const DRAG_LEAVE_MS = 200;

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function carriesOnlyPdfs(event: DragEvent): boolean {
  const items = [...(event.dataTransfer?.items ?? [])].filter((item) => item.kind === 'file');
  return items.length > 0 && items.every((item) => item.type === 'application/pdf');
}

export function useWorkbookDrop(reportId: string, openImport: (view: 'import') => void): void {
  const { message } = App.useApp();
  useEffect(() => {
    let leaveTimer: number | undefined;
    const hideOverlay = () => {
      window.clearTimeout(leaveTimer);
      document.body.classList.remove(DRAG_CLASS);
    };
    const onDragOver = (event: DragEvent) => {
      // Not skipped when another listener (the app-wide PDF drop) has already called preventDefault: that only
      // keeps the browser from opening the file; this says what a drop here does. A dragged PDF is verified.
      if (!carriesFiles(event) || carriesOnlyPdfs(event)) return;
      // Without this the browser (or Electron) would open the dropped file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      document.body.classList.add(DRAG_CLASS);
      window.clearTimeout(leaveTimer);
      leaveTimer = window.setTimeout(hideOverlay, DRAG_LEAVE_MS);
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      hideOverlay();
      const files = [...(event.dataTransfer?.files ?? [])];
      const workbook = files.find(looksLikeSpreadsheet);
      if (!workbook) {
        const names = files.map((f) => `「${f.name}」`).join('、');
        message.warning(`${names || '拖入的内容'}不是 Excel 工作簿（.xlsx），这里只能导入附表工作簿`);
        return;
      }
      if (files.length > 1) message.info(`一次导入一个工作簿：已选用「${workbook.name}」`);
      droppedWorkbook.offer({ reportId, file: workbook });
      openImport('import');
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      hideOverlay();
    };
  }, [message, openImport, reportId]);
}
