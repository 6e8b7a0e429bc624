/**
 * Files in and out, as bytes and a file name (the page never names a path). In the desktop app the preload's
 * bridge (window.selfeval: openFile / saveFile / openPdf) shows the native dialogs; in a browser a file input and
 * an ordinary download do the same.
 */
import type { ApiError } from '../../../shared/api/result';
import { downloadBlob } from './download';

/** As electron/main/platform.ts FILE_KINDS: what the native dialogs offer and accept. */
export type FileKind = 'report' | 'excel' | 'pdf' | 'word' | 'backup';

type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

interface DesktopFiles {
  openFile(kind: FileKind): Promise<BridgeResult<{ fileName: string; data: string } | null>>;
  saveFile(request: {
    kind: FileKind;
    suggestedName: string;
    data: string;
  }): Promise<BridgeResult<{ fileName: string } | null>>;
  openPdf(request: { suggestedName: string; data: string }): Promise<BridgeResult<{ opened: boolean }>>;
}

/** The desktop bridge's file functions, when running inside the desktop app; null in a browser. */
export function desktopFiles(): DesktopFiles | null {
  const bridge = (window as unknown as { selfeval?: Partial<DesktopFiles> }).selfeval;
  return bridge?.openFile && bridge.saveFile && bridge.openPdf ? (bridge as DesktopFiles) : null;
}

/** What became of a save or an open: done (with the name chosen), cancelled (no error) or failed. */
export type FileOutcome = { done: true; fileName?: string } | { done: false; error?: ApiError };

/** Saves bytes (base64) where the clerk chooses: the native dialog in the desktop app, a download in a browser. */
export async function saveBytes(kind: FileKind, fileName: string, base64: string, mime: string): Promise<FileOutcome> {
  const desktop = desktopFiles();
  if (desktop) {
    const r = await desktop.saveFile({ kind, suggestedName: fileName, data: base64 });
    if (!r.ok) return { done: false, error: r.error };
    return r.value ? { done: true, fileName: r.value.fileName } : { done: false };
  }
  downloadBlob(fileName, new Blob([base64ToBytes(base64)], { type: mime }));
  return { done: true, fileName };
}

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole database as arguments would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
