/**
 * The chart scene (shared/summary/chart-scene.ts) as a PNG a bureau can paste anywhere, and that the workbook
 * embeds (exceljs places pictures but cannot draw charts). Drawn here in plain Node: bars are rectangles, text is
 * the outlines of the app's bundled Noto Sans SC (read with fontkit, the font library pdfkit uses), filled by
 * raster.ts and written by png-encode.ts. No browser, no native module, the same bytes on every machine.
 * A character the bundled font lacks is drawn as the font's empty-box glyph; the SVG beside it keeps the text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Font, PathCommand } from 'fontkit';
import type { ChartScene } from '../../../shared/summary/chart-scene';
import { Canvas, type Point } from './raster';
import { encodePng } from './png-encode';

export const CHART_FONT_FILE = 'NotoSansSC-Medium-GB.ttf';

const fonts = new Map<string, Font>();

/** The chart's font, parsed once per process; fontkit itself is loaded on the first chart, not at start-up. */
async function loadFont(fontDir: string): Promise<Font> {
  const file = path.join(fontDir, CHART_FONT_FILE);
  let font = fonts.get(file);
  if (!font) {
    const fontkit = await import('fontkit');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`无法读取图表字体 ${file}`, { cause: error });
    }
    font = fontkit.create(bytes);
    fonts.set(file, font);
  }
  return font;
}

const CURVE_STEPS = 8;

/** A glyph's outline as closed polylines in pixels (font units scaled, y flipped, placed at x/baseline). */
function glyphContours(commands: readonly PathCommand[], x: number, baseline: number, scale: number): Point[][] {
  const contours: Point[][] = [];
  let current: Point[] = [];
  let last: Point = [0, 0];
  const at = (fx: number, fy: number): Point => [x + fx * scale, baseline - fy * scale];
  for (const { command, args } of commands) {
    const a = args as [number, number, number, number, number, number];
    if (command === 'moveTo') {
      if (current.length > 2) contours.push(current);
      last = at(a[0], a[1]);
      current = [last];
    } else if (command === 'lineTo') {
      last = at(a[0], a[1]);
      current.push(last);
    } else if (command === 'quadraticCurveTo') {
      const [c, e] = [at(a[0], a[1]), at(a[2], a[3])];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        current.push([
          u * u * last[0] + 2 * u * t * c[0] + t * t * e[0],
          u * u * last[1] + 2 * u * t * c[1] + t * t * e[1],
        ]);
      }
      last = e;
    } else if (command === 'bezierCurveTo') {
      const [c1, c2, e] = [at(a[0], a[1]), at(a[2], a[3]), at(a[4], a[5])];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
        current.push([
          w[0] * last[0] + w[1] * c1[0] + w[2] * c2[0] + w[3] * e[0],
          w[0] * last[1] + w[1] * c1[1] + w[2] * c2[1] + w[3] * e[1],
        ]);
      }
      last = e;
    }
  }
  if (current.length > 2) contours.push(current);
  return contours;
}

export async function chartPng(scene: ChartScene, fontDir: string): Promise<Buffer> {
  const font = await loadFont(fontDir);
  const canvas = new Canvas(scene.width, scene.height, [255, 255, 255]);
  for (const shape of scene.shapes) {
    if (shape.kind === 'rect') {
      canvas.fillRect(shape.x, shape.y, shape.w, shape.h, shape.fill);
      continue;
    }
    const run = font.layout(shape.text);
    const scale = shape.size / font.unitsPerEm;
    const advance = run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * scale;
    let pen = shape.anchor === 'start' ? shape.x : shape.anchor === 'end' ? shape.x - advance : shape.x - advance / 2;
    // Glyph by glyph: each fill then scans only its own outline's edges (glyphs of a label do not overlap).
    run.glyphs.forEach((glyph, i) => {
      canvas.fill(glyphContours(glyph.path.commands, pen, shape.y, scale), shape.fill);
      pen += (run.positions[i]?.xAdvance ?? 0) * scale;
    });
  }
  return encodePng(scene.width, scene.height, canvas.rgb);
}
