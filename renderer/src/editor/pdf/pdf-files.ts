/**
 * "另存为…" and "用系统阅读器打开" for the exported PDF. In the desktop app the preload's bridge is used: the native
 * save dialog, and openPdf, which writes a temporary copy and opens it with the system's viewer (main process,
 * input checked there). In a browser the PDF is an ordinary download, and "open" shows it in a new tab.
 */
import { base64ToBytes, desktopFiles, saveBytes, type FileOutcome } from '../../common/desktop-files';

export interface ExportedPdf {
  fileName: string;
  base64: string;
  bytes: Uint8Array<ArrayBuffer>;
  pages: number;
}

export function exportedPdf(value: { fileName: string; base64: string; pages: number }): ExportedPdf {
  return { ...value, bytes: base64ToBytes(value.base64) };
}

export type { FileOutcome };

export function savePdfAs(pdf: { fileName: string; base64: string }): Promise<FileOutcome> {
  return saveBytes('pdf', pdf.fileName, pdf.base64, 'application/pdf');
}

/** Whether "open in the system viewer" opens an application (desktop) or a browser tab. */
export const opensInSystemViewer = (): boolean => desktopFiles() !== null;

export async function openPdfInViewer(pdf: ExportedPdf): Promise<FileOutcome> {
  const bridge = desktopFiles();
  if (bridge) {
    const r = await bridge.openPdf({ suggestedName: pdf.fileName, data: pdf.base64 });
    if (!r.ok) return { done: false, error: r.error };
    return { done: true };
  }
  const url = URL.createObjectURL(new Blob([pdf.bytes], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  // The tab reads the blob while loading; revoked later so it is not kept for the life of the page.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (!tab) {
    return {
      done: false,
      error: {
        code: 'popup-blocked',
        message: '浏览器阻止了新标签页：请允许本页打开弹出窗口，或用“另存为…”保存后打开',
      },
    };
  }
  return { done: true };
}
