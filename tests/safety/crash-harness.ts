/**
 * Kill-the-writer harness (reliability.md D1), shared by the crash test and `npm run bench -- crash`.
 * Each round starts crash-child on the same database file, lets it acknowledge a random number of saves, waits a
 * random moment more (so the kill lands anywhere: mid-transaction, mid-fsync, mid-backup), SIGKILLs it, then
 * reopens the file like the app would and checks that every acknowledged save is there and the file is sound.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/db/open-database';
import { listBackups } from '../../electron/services/backup/backup-files';
import { foreignKeyProblems, integrityCheck } from '../../electron/services/backup/verify-copy';
import { seededRandom } from './seeded-random';

const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * Bundles crash-child.ts into test-artifacts/ (inside the repository, so `better-sqlite3`, left external as in
 * the app's own bundles, resolves from node_modules). Returns the script to run with plain node.
 */
export async function buildCrashChild(): Promise<string> {
  fs.mkdirSync(path.join(REPO_ROOT, 'test-artifacts'), { recursive: true });
  const outDir = fs.mkdtempSync(path.join(REPO_ROOT, 'test-artifacts', 'crash-'));
  const outfile = path.join(outDir, 'crash-child.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'tests', 'safety', 'crash-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

export interface Ack {
  id: string;
  revision: number;
  marker: string;
}

export function emptyFigures(): CrashFigures {
  return {
    rounds: 0,
    acknowledgedSaves: 0,
    lostSaves: 0,
    killsDuringBackup: 0,
    integrityOk: 0,
    foreignKeyProblems: 0,
    halfApplied: 0,
    backupsChecked: 0,
    backupsBad: 0,
    lost: [],
  };
}

export interface CrashFigures {
  rounds: number;
  acknowledgedSaves: number;
  lostSaves: number;
  killsDuringBackup: number;
  integrityOk: number;
  foreignKeyProblems: number;
  /** Rows whose reports.revision / data disagree with their newest revision row (a half-applied save). */
  halfApplied: number;
  backupsChecked: number;
  backupsBad: number;
  lost: { round: number; ack: Ack }[];
}

export interface CrashOptions {
  rounds: number;
  seed: number;
  dir: string;
  childScript: string;
  /** Acknowledged saves to wait for before the kill: 1..maxAcksBeforeKill. */
  maxAcksBeforeKill?: number;
  log?: (line: string) => void;
}

/** Runs one child until `wantAcks` acknowledgements (+ a random pause), kills it, returns what it acknowledged. */
function runOneRound(
  options: CrashOptions,
  file: string,
  round: number,
  wantAcks: number,
  pauseMs: number,
): Promise<{ acks: Ack[]; killedDuringBackup: boolean }> {
  const child = spawn(process.execPath, [options.childScript, file, String(round), String(options.seed)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: Ack[] = [];
  let inBackup = false;
  let killedDuringBackup = false;
  let stderr = '';
  let pending = '';
  let killScheduled = false;
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.stdout.on('data', (d: Buffer) => {
      pending += String(d);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, revision, marker] = line.split(' ');
        if (word === 'ack' && id && revision && marker) acks.push({ id, revision: Number(revision), marker });
        else if (word === 'backup-start') inBackup = true;
        else if (word === 'backup-end') inBackup = false;
      }
      if (!killScheduled && acks.length >= wantAcks) {
        killScheduled = true;
        setTimeout(() => {
          killedDuringBackup = inBackup;
          child.kill('SIGKILL');
        }, pauseMs);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`崩溃测试子进程意外退出（代码 ${String(code)}）：${stderr}`));
        return;
      }
      // A line cut short by the kill is not an acknowledgement: only complete lines were counted.
      resolve({ acks, killedDuringBackup });
    });
  });
}

/** After a kill: open like the app, then check every acknowledged save and the file's integrity. */
export async function verifyAfterKill(
  file: string,
  acks: readonly Ack[],
  figures: CrashFigures,
  round: number,
): Promise<void> {
  const db = await openDatabase(file);
  try {
    const revisionData = db.prepare<[string, number], { data: string }>(
      'SELECT data FROM report_revisions WHERE report_id = ? AND revision = ?',
    );
    const current = db.prepare<[string], { revision: number }>('SELECT revision FROM reports WHERE id = ?');
    for (const ack of acks) {
      const row = revisionData.get(ack.id, ack.revision);
      const head = current.get(ack.id);
      if (!row || !row.data.includes(ack.marker) || !head || head.revision < ack.revision) {
        figures.lostSaves += 1;
        figures.lost.push({ round, ack });
      }
    }
    if (integrityCheck(db).join() === 'ok') figures.integrityOk += 1;
    figures.foreignKeyProblems += foreignKeyProblems(db);
    figures.halfApplied += db
      .prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM reports r
         WHERE r.revision <> (SELECT max(revision) FROM report_revisions v WHERE v.report_id = r.id)
            OR r.data <> (SELECT data FROM report_revisions v WHERE v.report_id = r.id AND v.revision = r.revision)`,
      )
      .get()!.n;
  } finally {
    db.close();
  }
}

export async function runCrashRounds(options: CrashOptions): Promise<CrashFigures> {
  const random = seededRandom(options.seed);
  const file = path.join(options.dir, 'selfeval.sqlite');
  const figures = emptyFigures();
  const maxAcks = options.maxAcksBeforeKill ?? 40;
  for (let round = 1; round <= options.rounds; round++) {
    const wantAcks = 1 + Math.floor(random() * maxAcks);
    const pauseMs = Math.floor(random() * 12);
    const { acks, killedDuringBackup } = await runOneRound(options, file, round, wantAcks, pauseMs);
    figures.rounds += 1;
    figures.acknowledgedSaves += acks.length;
    if (killedDuringBackup) figures.killsDuringBackup += 1;
    await verifyAfterKill(file, acks, figures, round);
    options.log?.(
      `第${round}轮：确认保存${acks.length}次，累计丢失${figures.lostSaves}次${killedDuringBackup ? '（在备份过程中被终止）' : ''}`,
    );
  }
  // Every backup that made it into the list passes its own integrity check, however many were killed half-way.
  const backupDir = path.join(options.dir, 'backups');
  for (const b of listBackups(backupDir)) {
    const copy = new Database(path.join(backupDir, b.id), { readonly: true });
    figures.backupsChecked += 1;
    if (integrityCheck(copy).join() !== 'ok') figures.backupsBad += 1;
    copy.close();
  }
  return figures;
}
