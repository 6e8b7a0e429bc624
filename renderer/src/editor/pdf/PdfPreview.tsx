/**
 * The exported PDF shown inside the app, drawn by pdf.js (headless Chromium has no PDF viewer, and the CSP admits no
 * blob: frames). Each page is a placeholder of the page's size; its canvas is drawn while the page is in or near
 * view and released when it scrolls far away, so a 200-page report does not hold hundreds of MB of canvases.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import type { PDFDocumentProxy, RenderTask } from './pdfjs';

interface PageSize {
  width: number;
  height: number;
}

interface LoadedPdf {
  /** The bytes this state belongs to: state left from earlier bytes is ignored. */
  bytes: Uint8Array;
  doc: PDFDocumentProxy;
  sizes: PageSize[];
}

interface Failure {
  bytes: Uint8Array;
  message: string;
}

/** CSS pixels per PDF point at 100 % (96 px per inch, 72 pt per inch). */
export const PX_PER_PT = 96 / 72;
const GUTTER = 24;

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return p;
  }
  return null;
}

type PageState = 'waiting' | 'rendered' | 'failed';

interface PageProps {
  doc: PDFDocumentProxy;
  number: number;
  count: number;
  size: PageSize;
  cssWidth: number;
  root: HTMLElement | null;
}

function PdfPage({ doc, number, count, size, cssWidth, root }: PageProps) {
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [state, setState] = useState<PageState>('waiting');
  const cssHeight = Math.round((cssWidth * size.height) / size.width);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    // A page a screen above or below the visible part is drawn ahead, so scrolling rarely shows a blank page.
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root,
      rootMargin: '100% 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    const el = holder.current;
    if (!near || !el || cssWidth <= 0) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    const canvas = document.createElement('canvas');
    void (async () => {
      const page = await doc.getPage(number);
      if (cancelled) return;
      const viewport = page.getViewport({ scale: (cssWidth / size.width) * (window.devicePixelRatio || 1) });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.setAttribute('aria-label', `第${number}页`);
      task = page.render({ canvas, viewport });
      await task.promise;
      if (cancelled) return;
      el.replaceChildren(canvas);
      setState('rendered');
    })().catch(() => {
      if (!cancelled) setState('failed');
    });
    return () => {
      cancelled = true;
      task?.cancel();
      // Frees the bitmap now rather than whenever the garbage collector runs.
      canvas.width = 0;
      canvas.height = 0;
      el.replaceChildren();
      setState('waiting');
    };
  }, [near, doc, number, size.width, cssWidth]);

  return (
    <figure className="pdf-page" data-page={number} data-state={state}>
      <div ref={holder} className="pdf-page-sheet" style={{ width: cssWidth, height: cssHeight }} />
      <figcaption>
        {state === 'failed' ? '本页未能显示，' : ''}第{number}页 / 共{count}页
      </figcaption>
    </figure>
  );
}

export interface PdfPreviewProps {
  bytes: Uint8Array;
  /** 1 (default) = actual size; a page never gets wider than the preview. */
  zoom?: number;
  /** Called once the document is open and every page's size is known. */
  onLoaded?: (pages: number) => void;
}

export function PdfPreview({ bytes, zoom = 1, onLoaded }: PdfPreviewProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [loadedState, setLoaded] = useState<LoadedPdf | null>(null);
  const [failureState, setFailure] = useState<Failure | null>(null);
  const loaded = loadedState?.bytes === bytes ? loadedState : null;
  const failure = failureState?.bytes === bytes ? failureState.message : null;
  const [width, setWidth] = useState(0);
  const [root, setRoot] = useState<HTMLElement | null | undefined>(undefined);
  const loadedCallback = useRef(onLoaded);
  useEffect(() => {
    loadedCallback.current = onLoaded;
  });

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    void (async () => {
      const pdfjs = await import('./pdfjs');
      const task = pdfjs.openPdf(bytes);
      destroy = task.destroy;
      const doc = await task.promise;
      const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
      const sizes: PageSize[] = pages.map((page) => {
        const viewport = page.getViewport({ scale: 1 });
        return { width: viewport.width, height: viewport.height };
      });
      if (cancelled) return;
      setLoaded({ bytes, doc, sizes });
      loadedCallback.current?.(doc.numPages);
    })().catch((error: unknown) => {
      if (!cancelled) setFailure({ bytes, message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [bytes]);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    setRoot(scrollParent(el));
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels only, so a sub-pixel layout change does not redraw every page.
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={frame} className="pdf-preview" data-pages={loaded?.sizes.length ?? 0}>
      {failure ? (
        <Alert
          type="error"
          showIcon
          title="预览未能显示"
          description={`PDF 已生成，可以另存或用阅读器打开。（${failure}）`}
        />
      ) : !loaded || root === undefined ? (
        <Spin description="正在打开预览…" />
      ) : (
        loaded.sizes.map((size, i) => (
          <PdfPage
            key={i}
            doc={loaded.doc}
            number={i + 1}
            count={loaded.sizes.length}
            size={size}
            cssWidth={Math.max(0, Math.min(width - GUTTER, Math.round(size.width * PX_PER_PT * zoom)))}
            root={root}
          />
        ))
      )}
    </div>
  );
}
