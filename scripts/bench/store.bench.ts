// Saving one field of a report (the editor's autosave), and reading it back, on a real SQLite file with
// synchronous=FULL: the figure that matters is how long a clerk's change takes to become durable.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open-database';
import { createReportService } from '../../electron/services/report-service';
import { peakRssMb } from './stats';

const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-bench-'));
const db = await openDatabase(path.join(dir, 'bench.sqlite'));
const service = createReportService(db, { appVersion: 'bench' });
const content = readFileSync(new URL('../../tests/fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');
const stored = await service['report.importFile']({ content });

let revision = stored.revision;
const report = structuredClone(stored.report);
const times: number[] = [];
const runs = 300;
for (let i = 0; i < runs; i++) {
  report.staffing.retired = 50 + (i % 7);
  const t0 = performance.now();
  const saved = await service['report.save']({ id: stored.id, baseRevision: revision, report });
  times.push(performance.now() - t0);
  revision = saved.revision;
}
times.sort((a, b) => a - b);
console.log(
  `保存一个字段（整份报告校验 + 写入 + 修订记录，synchronous=FULL）：中位数 ${times[runs >> 1]!.toFixed(2)} ms，` +
    `P95 ${times[Math.floor(runs * 0.95)]!.toFixed(2)} ms（${runs} 次）`,
);

const t1 = performance.now();
for (let i = 0; i < 100; i++) await service['report.get']({ id: stored.id });
console.log(`读取一份报告：平均 ${((performance.now() - t1) / 100).toFixed(2)} ms`);
const t2 = performance.now();
for (let i = 0; i < 100; i++) await service['report.check']({ id: stored.id });
console.log(`读取并审核一份报告：平均 ${((performance.now() - t2) / 100).toFixed(2)} ms`);
const t3 = performance.now();
for (let i = 0; i < 100; i++) await service['report.assemble']({ id: stored.id });
console.log(`读取并生成全文：平均 ${((performance.now() - t3) / 100).toFixed(2)} ms`);
console.log(`峰值内存 ${peakRssMb()} MB`);
db.close();
rmSync(dir, { recursive: true, force: true });
