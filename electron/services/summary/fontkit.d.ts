/** The part of fontkit 2's API the chart uses (the package ships no types; checked against its src/). */
declare module 'fontkit' {
  interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }
  interface Glyph {
    path: { commands: PathCommand[] };
  }
  interface GlyphRun {
    glyphs: Glyph[];
    positions: { xAdvance: number }[];
  }
  interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Uint8Array): Font;
}
