/**
 * Drop a PDF anywhere on the app to verify it. The window listens in the capture phase, so a PDF is taken here
 * before the editor's workbook drop sees it; anything that is not a PDF is left alone for the others.
 * The file waits here until the verify page takes it.
 */
import { useEffect } from 'react';
import { createHandoff } from '../common/handoff';

const droppedPdf = createHandoff<File>();

export function isPdfFile(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** The dropped PDF, handed over once. */
export const takeDroppedPdf = (): File | null => droppedPdf.take();

export const onPdfDropped = (listener: () => void): (() => void) => droppedPdf.subscribe(listener);

export function usePdfDrop(openVerify: () => void): void {
  useEffect(() => {
    const pdfIn = (event: DragEvent): File | null =>
      [...(event.dataTransfer?.files ?? [])].find((f) => isPdfFile(f)) ?? null;
    const onDrop = (event: DragEvent) => {
      const file = pdfIn(event);
      if (!file) return;
      event.preventDefault();
      // Taken: no drop zone below (the verify page's own Dragger) handles it a second time.
      event.stopPropagation();
      droppedPdf.offer(file);
      openVerify();
    };
    const onDragOver = (event: DragEvent) => {
      // Keeps the browser from opening a dragged file itself; the drop decides what the file is.
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('drop', onDrop, true);
    window.addEventListener('dragover', onDragOver);
    return () => {
      window.removeEventListener('drop', onDrop, true);
      window.removeEventListener('dragover', onDragOver);
    };
  }, [openVerify]);
}
