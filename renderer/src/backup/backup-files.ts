/**
 * Bytes in and out for the 备份与恢复 page. In the desktop app the native dialogs of the preload's Platform bridge
 * are used (window.selfeval.openFile / saveFile); in a browser, a file input and an ordinary download. Either
 * way the page handles bytes and a file name, never a path.
 */
import type { ApiError } from '../../../shared/api/result';
import { downloadBlob } from '../common/download';

interface DesktopFiles {
  openFile(
    kind: 'backup',
  ): Promise<{ ok: true; value: { fileName: string; data: string } | null } | { ok: false; error: ApiError }>;
  saveFile(request: {
    kind: 'backup';
    suggestedName: string;
    data: string;
  }): Promise<{ ok: true; value: { fileName: string } | null } | { ok: false; error: ApiError }>;
}

/** The desktop bridge's file functions, when running inside the desktop app. */
export function desktopFiles(): DesktopFiles | null {
  const bridge = (window as unknown as { selfeval?: Partial<DesktopFiles> }).selfeval;
  return bridge?.openFile && bridge.saveFile ? (bridge as DesktopFiles) : null;
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

export type SaveOutcome = { saved: true; fileName: string } | { saved: false; error?: ApiError };

/** Saves a backup copy where the clerk chooses. */
export async function saveBackupBytes(fileName: string, data: string): Promise<SaveOutcome> {
  const desktop = desktopFiles();
  if (desktop) {
    const r = await desktop.saveFile({ kind: 'backup', suggestedName: fileName, data });
    if (!r.ok) return { saved: false, error: r.error };
    return r.value ? { saved: true, fileName: r.value.fileName } : { saved: false };
  }
  downloadBlob(fileName, new Blob([base64ToBytes(data)], { type: 'application/vnd.sqlite3' }));
  return { saved: true, fileName };
}
