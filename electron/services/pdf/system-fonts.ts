/**
 * The fonts clerks expect, where the computer has them (Windows): 仿宋_GB2312 or FangSong for the body, 方正小标宋简体
 * for the title, SimHei, 楷体_GB2312 or KaiTi. A face that is not installed keeps the bundled open font.
 * The bold body face always stays bundled: 仿宋 has no bold, and Word only fakes it.
 * Note for the settings text: 方正 fonts need the user's own licence to be embedded in a PDF they distribute.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FaceId } from './font-faces';

interface Candidate {
  /** File name, compared without regard to case (Windows file names are case-insensitive). */
  file: string;
  postscriptName?: string;
}

/** Most preferred first. */
const CANDIDATES: Readonly<Partial<Record<FaceId, readonly Candidate[]>>> = {
  body: [
    { file: '仿宋_GB2312.ttf' },
    { file: 'FS_GB2312.ttf' },
    { file: 'simfang.ttf' },
    { file: 'simsun.ttc', postscriptName: 'SimSun' },
  ],
  title: [{ file: '方正小标宋简体.ttf' }, { file: 'FZXBSJW.TTF' }, { file: 'FZXBSK.TTF' }],
  hei: [{ file: 'simhei.ttf' }],
  kai: [{ file: '楷体_GB2312.ttf' }, { file: 'KAI_GB2312.ttf' }, { file: 'simkai.ttf' }],
};

export function defaultSystemFontDirs(): string[] {
  const dirs: string[] = [];
  const windir = process.env.WINDIR ?? process.env.SystemRoot;
  if (windir) dirs.push(path.join(windir, 'Fonts'));
  const local = process.env.LOCALAPPDATA;
  if (local) dirs.push(path.join(local, 'Microsoft', 'Windows', 'Fonts'));
  return dirs;
}

function listFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  try {
    for (const name of readdirSync(dir)) files.set(name.toLowerCase(), path.join(dir, name));
  } catch {
    // A missing or unreadable folder simply has no fonts.
  }
  return files;
}

export function findSystemFaces(dirs: readonly string[] = defaultSystemFontDirs()): Partial<Record<FaceId, Candidate>> {
  const listings = dirs.map(listFiles);
  const found: Partial<Record<FaceId, Candidate>> = {};
  for (const [face, candidates] of Object.entries(CANDIDATES) as [FaceId, readonly Candidate[]][]) {
    for (const candidate of candidates) {
      const file = listings.map((l) => l.get(candidate.file.toLowerCase())).find((f) => f !== undefined);
      if (file) {
        found[face] = { ...candidate, file };
        break;
      }
    }
  }
  return found;
}
