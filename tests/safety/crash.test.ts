/**
 * Crash safety, proven (issue 7, reliability.md D1): a writer process saving reports through the real store is
 * SIGKILLed at random points, round after round, on one database file. Afterwards every save it acknowledged is
 * there, no save is half-applied, integrity_check is ok and foreign_key_check is empty — in every round.
 * `npm run bench -- crash` runs many more rounds and prints the figures.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/temp-db';
import path from 'node:path';
import { createReport } from '../../electron/db/report-store';
import { openDatabase } from '../../electron/db/open-database';
import { sampleReport } from '../db/temp-db';
import { buildCrashChild, emptyFigures, runCrashRounds, verifyAfterKill } from './crash-harness';

const ROUNDS = 30;
const SEED = Number(process.env.CRASH_SEED ?? 20240529);

let childScript: string;
beforeAll(async () => {
  childScript = await buildCrashChild();
});
afterAll(() => {
  if (childScript) fs.rmSync(new URL('.', `file://${childScript}`), { recursive: true, force: true });
});

describe('SIGKILL during saves', () => {
  // Real processes and fsyncs: allow for a slow, busy CI machine (no assertion depends on time).
  it(
    `loses no acknowledged save over ${ROUNDS} rounds (seed ${SEED}) and leaves a sound database`,
    { timeout: 600_000 },
    async () => {
      const figures = await runCrashRounds({ rounds: ROUNDS, seed: SEED, dir: tempDir(), childScript });
      console.log(
        `崩溃测试：${figures.rounds}轮，确认保存${figures.acknowledgedSaves}次，丢失${figures.lostSaves}次，` +
          `integrity_check=ok ${figures.integrityOk}/${figures.rounds}轮，foreign_key_check 问题${figures.foreignKeyProblems}个，` +
          `半完成的保存${figures.halfApplied}个，备份中被终止${figures.killsDuringBackup}次，备份检查${figures.backupsChecked}个（损坏${figures.backupsBad}个）`,
      );
      expect(figures.rounds).toBe(ROUNDS);
      expect(figures.acknowledgedSaves).toBeGreaterThanOrEqual(ROUNDS);
      expect(figures.lost).toEqual([]);
      expect(figures.lostSaves).toBe(0);
      expect(figures.integrityOk).toBe(ROUNDS);
      expect(figures.foreignKeyProblems).toBe(0);
      expect(figures.halfApplied).toBe(0);
      expect(figures.backupsBad).toBe(0);
    },
  );
});

describe('the checker itself', () => {
  it('would notice a lost or half-applied save (so a zero above means something)', async () => {
    const file = path.join(tempDir(), 'selfeval.sqlite');
    const db = await openDatabase(file);
    const { id } = createReport(db, { title: '对照', report: sampleReport(), summary: '新建' });
    // Simulate a half-applied save: the head row moves on without its revision row.
    db.prepare('UPDATE reports SET revision = 2 WHERE id = ?').run(id);
    db.close();
    const figures = emptyFigures();
    await verifyAfterKill(file, [{ id, revision: 1, marker: '从未写入的标记' }], figures, 1);
    expect(figures.lostSaves).toBe(1);
    expect(figures.halfApplied).toBe(1);
    expect(figures.integrityOk).toBe(1);
  });
});
