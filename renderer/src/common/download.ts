/**
 * Hands bytes to the clerk as a file: the page never names a path. In a browser and in Electron alike the file
 * goes through the ordinary download (Electron shows its save dialog).
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the download has started reading the blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([content], { type: `${type};charset=utf-8` }));
}
