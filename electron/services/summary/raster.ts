/**
 * A small anti-aliased rasterizer for the chart: fills outlines (closed polylines, non-zero winding) into an RGB
 * canvas, sampling each pixel 4 × 4 times. Enough for bars and glyph outlines; nothing more is needed.
 */
export type Point = readonly [number, number];
export type Rgb = readonly [number, number, number];

const SUB = 4;

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  dir: 1 | -1;
}

export class Canvas {
  readonly rgb: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.rgb = new Uint8Array(width * height * 3);
    this.paint(0, 0, width, height, background);
  }

  /** An axis-aligned rectangle on whole pixels: every pixel fully covered, so set directly. */
  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    if (![x, y, w, h].every(Number.isInteger)) {
      this.fill(
        [
          [
            [x, y],
            [x + w, y],
            [x + w, y + h],
            [x, y + h],
          ],
        ],
        color,
      );
      return;
    }
    this.paint(x, y, w, h, color);
  }

  private paint(x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
    const [left, right] = [Math.max(0, x), Math.min(this.width, x + w)];
    for (let py = Math.max(0, y); py < Math.min(this.height, y + h); py++) {
      for (let i = (py * this.width + left) * 3, end = (py * this.width + right) * 3; i < end; i += 3) {
        this.rgb[i] = r;
        this.rgb[i + 1] = g;
        this.rgb[i + 2] = b;
      }
    }
  }

  /** Fills the area inside the contours (each a closed polyline) with the colour, anti-aliased. */
  fill(contours: readonly (readonly Point[])[], color: Rgb): void {
    const edges: Edge[] = [];
    let minY = Infinity;
    let maxY = -Infinity;
    for (const contour of contours) {
      for (let i = 0; i < contour.length; i++) {
        const a = contour[i] as Point;
        const b = contour[(i + 1) % contour.length] as Point;
        if (a[1] === b[1]) continue;
        const down = a[1] < b[1];
        edges.push(
          down
            ? { x0: a[0], y0: a[1], x1: b[0], y1: b[1], dir: 1 }
            : { x0: b[0], y0: b[1], x1: a[0], y1: a[1], dir: -1 },
        );
        minY = Math.min(minY, a[1], b[1]);
        maxY = Math.max(maxY, a[1], b[1]);
      }
    }
    if (edges.length === 0) return;
    const top = Math.max(0, Math.floor(minY));
    const bottom = Math.min(this.height - 1, Math.ceil(maxY));
    const coverage = new Float32Array(this.width);
    const crossings: { x: number; dir: number }[] = [];
    // Only the columns the outline touches are cleared and blended (a label is narrow, the canvas is not).
    const touched = { from: this.width, to: -1 };
    for (let py = top; py <= bottom; py++) {
      if (touched.to >= touched.from) coverage.fill(0, touched.from, touched.to + 1);
      touched.from = this.width;
      touched.to = -1;
      for (let s = 0; s < SUB; s++) {
        const sy = py + (s + 0.5) / SUB;
        crossings.length = 0;
        for (const e of edges) {
          if (sy < e.y0 || sy >= e.y1) continue;
          crossings.push({ x: e.x0 + ((sy - e.y0) / (e.y1 - e.y0)) * (e.x1 - e.x0), dir: e.dir });
        }
        if (crossings.length < 2) continue;
        crossings.sort((p, q) => p.x - q.x);
        let winding = 0;
        for (let i = 0; i < crossings.length - 1; i++) {
          winding += (crossings[i] as { dir: number }).dir;
          if (winding === 0) continue;
          this.span(coverage, (crossings[i] as { x: number }).x, (crossings[i + 1] as { x: number }).x, touched);
        }
      }
      if (touched.to >= touched.from) this.blendRow(py, coverage, color, touched.from, touched.to);
    }
  }

  /** Adds 1/SUB² for each horizontal sample point of the sub-scanline inside [xa, xb). */
  private span(coverage: Float32Array, xa: number, xb: number, touched: { from: number; to: number }): void {
    const first = Math.max(0, Math.ceil(xa * SUB - 0.5));
    const last = Math.min(this.width * SUB - 1, Math.ceil(xb * SUB - 0.5) - 1);
    if (first > last) return;
    touched.from = Math.min(touched.from, (first / SUB) | 0);
    touched.to = Math.max(touched.to, (last / SUB) | 0);
    for (let j = first; j <= last; j++) {
      const px = (j / SUB) | 0;
      coverage[px] = (coverage[px] as number) + 1 / (SUB * SUB);
    }
  }

  private blendRow(py: number, coverage: Float32Array, color: Rgb, from: number, to: number): void {
    for (let px = from; px <= to; px++) {
      const a = Math.min(1, coverage[px] as number);
      if (a <= 0) continue;
      const i = (py * this.width + px) * 3;
      for (let k = 0; k < 3; k++) {
        const under = this.rgb[i + k] as number;
        this.rgb[i + k] = Math.round(under + ((color[k] as number) - under) * a);
      }
    }
  }
}
