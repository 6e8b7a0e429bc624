/**
 * The writer that the crash test kills. It saves reports through the real openDatabase and report store, as
 * fast as it can, and prints one line per save *after* saveReport has returned ("ack <id> <revision> <marker>"),
 * so every line the parent reads is a save the app would have shown as done. Now and then it creates a report
 * and takes a backup, so kills also land inside those. It never stops by itself: the parent SIGKILLs it.
 * Usage: node crash-child.mjs <database file> <round> <seed>
 */
import { openDatabase } from '../../electron/db/open-database';
import { createReport, getReport, listReports, saveReport } from '../../electron/db/report-store';
import { backupNow } from '../../electron/services/backup/backup-now';
import { emptyReport } from '../../shared/model/empty';
import { seededRandom } from './seeded-random';

const [file, roundArg, seedArg] = process.argv.slice(2);
if (!file || !roundArg || !seedArg) throw new Error('usage: crash-child <db> <round> <seed>');
const round = Number(roundArg);
const random = seededRandom(Number(seedArg) * 1000 + round);

function say(line: string): void {
  // Writes to a pipe are synchronous on Linux; a line the parent reads was written after the save returned.
  process.stdout.write(`${line}\n`);
}

const db = await openDatabase(file);
let ids = listReports(db).map((r) => r.id);
let seq = 0;

function create(): void {
  const marker = `r${round}c${seq++}`;
  const report = emptyReport(`崩溃测试单位${marker}`, 2024);
  report.problems = [{ heading: '', text: marker }];
  const created = createReport(db, { title: `崩溃测试${marker}`, report, summary: '新建' });
  ids.push(created.id);
  say(`ack ${created.id} ${created.revision} ${marker}`);
}

if (ids.length === 0) create();
say('ready');

for (;;) {
  const id = ids[Math.floor(random() * ids.length)]!;
  const current = getReport(db, id);
  const marker = `r${round}s${seq++}`;
  const report = current.report;
  report.staffing.retired = seq % 1000;
  // Varying sizes: some saves fit in one page, some span many (more room for a kill mid-write).
  const padding = '绩效'.repeat(Math.floor(random() * 3000));
  report.problems = [{ heading: '', text: `${marker}${padding}` }];
  const saved = saveReport(db, id, current.revision, report);
  say(`ack ${id} ${saved.revision} ${marker}`);
  if (random() < 0.02) create();
  if (random() < 0.03) {
    say('backup-start');
    await backupNow(db, 'auto');
    say('backup-end');
  }
  if (ids.length > 12) ids = ids.slice(-12);
}
