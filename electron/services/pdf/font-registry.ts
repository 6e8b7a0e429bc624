/**
 * The fonts of the PDF, loaded once per process (per worker): each file is read and its tables parsed on first
 * use, then kept. pdfmake gets the bytes through its in-memory virtual file system, so it never opens a font file
 * itself; its local-access policy still allows only the font folders (defence in depth).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FACE_IDS, type FaceId, type FaceMetrics, type FontMetrics } from './font-faces';
import { readSfnt, type SfntFace } from './sfnt-reader';
import { findSystemFaces } from './system-fonts';

/** The bundled faces (assets/fonts/README.md says where each comes from and what it stands in for). */
export const BUNDLED_FONT_FILES: Readonly<Record<FaceId, string>> = {
  body: 'NotoSerifSC-Regular-GB.ttf',
  bodyBold: 'NotoSerifSC-Bold-GB.ttf',
  title: 'NotoSerifSC-Bold-GB.ttf',
  hei: 'NotoSansSC-Medium-GB.ttf',
  kai: 'SelfevalKai-Regular-GB.ttf',
};

/** 'bundled': the open fonts shipped with the app. 'system': the computer's 仿宋/黑体/楷体/小标宋 where installed. */
export type FontChoice = 'bundled' | 'system';

export interface FontOptions {
  fontDir: string;
  choice: FontChoice;
  /** Where to look for system fonts (default: the Windows font folders). */
  systemFontDirs?: string[];
}

export interface LoadedFace {
  id: FaceId;
  file: string;
  /** Face inside a .ttc collection. */
  postscriptName?: string;
  /** Name under which pdfmake's virtual file system holds the bytes. */
  virtualName: string;
  sfnt: SfntFace;
}

type PdfmakeFontFile = string | [string, string];

export interface PdfmakeFontFamilies {
  [family: string]: { normal: PdfmakeFontFile; bold?: PdfmakeFontFile };
}

export interface FontRegistry {
  faces: Readonly<Record<FaceId, LoadedFace>>;
  metrics: FontMetrics;
  /** Folders holding the font files in use: the only local paths pdfmake may read. */
  fontDirs: readonly string[];
  hasGlyph(face: FaceId, codePoint: number): boolean;
  /** Fresh each call: pdfmake writes into the descriptors it is given. */
  pdfmakeFamilies(): PdfmakeFontFamilies;
  virtualFiles(): ReadonlyMap<string, Buffer>;
}

function faceMetrics(sfnt: SfntFace): FaceMetrics {
  const em = sfnt.unitsPerEm || 1000;
  return {
    lineHeightEm: (sfnt.ascender - sfnt.descender) / em,
    ascenderEm: sfnt.ascender / em,
    widthEm(text: string): number {
      let units = 0;
      for (const char of text) units += sfnt.advanceWidth(char.codePointAt(0) ?? 0) ?? em;
      return units / em;
    },
  };
}

interface FaceSource {
  file: string;
  postscriptName?: string;
}

function faceSources(options: FontOptions): Record<FaceId, FaceSource> {
  const bundled = Object.fromEntries(
    FACE_IDS.map((id) => [id, { file: path.join(options.fontDir, BUNDLED_FONT_FILES[id]) }]),
  ) as Record<FaceId, FaceSource>;
  if (options.choice === 'bundled') return bundled;
  return { ...bundled, ...findSystemFaces(options.systemFontDirs) };
}

function loadRegistry(options: FontOptions): FontRegistry {
  const sources = faceSources(options);
  const bytesByFile = new Map<string, Buffer>();
  const virtualNames = new Map<string, string>();
  const virtual = new Map<string, Buffer>();
  const faces = {} as Record<FaceId, LoadedFace>;
  for (const id of FACE_IDS) {
    const source = sources[id];
    let bytes = bytesByFile.get(source.file);
    if (!bytes) {
      try {
        bytes = readFileSync(source.file);
      } catch (error) {
        throw new Error(`无法读取字体文件 ${source.file}`, { cause: error });
      }
      bytesByFile.set(source.file, bytes);
      // Named after the whole path: the same name always means the same file, across registries too.
      const pathHash = createHash('sha256').update(path.resolve(source.file)).digest('hex').slice(0, 12);
      const name = `selfeval-fonts/${pathHash}-${path.basename(source.file)}`;
      virtualNames.set(source.file, name);
      virtual.set(name, bytes);
    }
    const virtualName = virtualNames.get(source.file) ?? '';
    let sfnt: SfntFace;
    try {
      sfnt = readSfnt(bytes, source.postscriptName);
    } catch (error) {
      throw new Error(`字体文件 ${source.file}：${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    faces[id] = { id, file: source.file, postscriptName: source.postscriptName, virtualName, sfnt };
  }
  const metrics = Object.fromEntries(FACE_IDS.map((id) => [id, faceMetrics(faces[id].sfnt)])) as Record<
    FaceId,
    FaceMetrics
  >;
  const fileOf = (id: FaceId): PdfmakeFontFile => {
    const face = faces[id];
    return face.postscriptName ? [face.virtualName, face.postscriptName] : face.virtualName;
  };
  return {
    faces,
    metrics,
    fontDirs: [...new Set(FACE_IDS.map((id) => path.resolve(path.dirname(faces[id].file))))],
    hasGlyph: (face, codePoint) => faces[face].sfnt.hasCodePoint(codePoint),
    pdfmakeFamilies: () => ({
      Body: { normal: fileOf('body'), bold: fileOf('bodyBold') },
      Title: { normal: fileOf('title') },
      Hei: { normal: fileOf('hei') },
      Kai: { normal: fileOf('kai') },
    }),
    virtualFiles: () => virtual,
  };
}

const loaded = new Map<string, FontRegistry>();

/** The registry for these options, parsed on first use and kept for the life of the process. */
export function fontRegistry(options: FontOptions): FontRegistry {
  const key = JSON.stringify([path.resolve(options.fontDir), options.choice, options.systemFontDirs ?? null]);
  let registry = loaded.get(key);
  if (!registry) {
    registry = loadRegistry(options);
    loaded.set(key, registry);
  }
  return registry;
}
