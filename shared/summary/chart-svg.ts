/** The chart scene as an SVG document: vector, with real text, for a bureau that pastes it into WPS or Word. */
import type { ChartScene, Rgb } from './chart-scene';

const rgb = ([r, g, b]: Rgb) => `rgb(${r},${g},${b})`;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export const CHART_FONT_FAMILY = "'Noto Sans SC','Microsoft YaHei','SimHei','WenQuanYi Micro Hei',sans-serif";

export function chartSvg(scene: ChartScene): string {
  const body = scene.shapes.map((s) =>
    s.kind === 'rect'
      ? `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${rgb(s.fill)}"/>`
      : `<text x="${s.x}" y="${s.y}" font-size="${s.size}" fill="${rgb(s.fill)}" text-anchor="${s.anchor}">${escapeXml(s.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${CHART_FONT_FAMILY}">`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
