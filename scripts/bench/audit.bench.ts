// The audit log's hash chain (issue 6): how long verifying 100,000 entries takes (goal: under 2 s), and what
// appending costs. The entries are realistic: field labels, old → new values, one report's worth of saves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/db/open-database';
import { appendAudit, verifyAuditChain, type AuditChange } from '../../electron/db/audit-log';
import { peakRssMb } from './stats';

const ENTRIES = 100_000;
const PER_SAVE = 5;

const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-bench-audit-'));
const db = await openDatabase(path.join(dir, 'bench.sqlite'));

const change = (i: number): AuditChange => ({
  action: 'edit',
  field: `二（二）项目支出 第${(i % 40) + 1}行「支出」`,
  path: `projects.items.${i % 40}.spentFen`,
  oldValue: `${(i * 7) % 10000}.00`,
  newValue: `${(i * 11) % 10000}.50`,
});

const t0 = performance.now();
const append = db.transaction((from: number) => {
  const changes: AuditChange[] = [];
  for (let j = 0; j < PER_SAVE; j++) changes.push(change(from + j));
  appendAudit(db, 'bench-report', '王会计', new Date().toISOString(), changes);
});
for (let i = 0; i < ENTRIES; i += PER_SAVE) append.immediate(i);
const appendMs = performance.now() - t0;
console.log(
  `写入 ${ENTRIES.toLocaleString()} 条审计记录（每次保存 ${PER_SAVE} 条，一次事务）：共 ${(appendMs / 1000).toFixed(1)} s，` +
    `每次保存 ${((appendMs / ENTRIES) * PER_SAVE).toFixed(3)} ms`,
);

const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  const verdict = verifyAuditChain(db);
  runs.push(performance.now() - t);
  if (!verdict.ok || verdict.count !== ENTRIES) throw new Error(`chain should verify: ${JSON.stringify(verdict)}`);
}
runs.sort((a, b) => a - b);
console.log(
  `校验 ${ENTRIES.toLocaleString()} 条记录的哈希链：中位数 ${(runs[2]! / 1000).toFixed(2)} s，` +
    `最慢 ${(runs[4]! / 1000).toFixed(2)} s（5 次；目标 < 2 s）`,
);
console.log(`峰值内存 ${peakRssMb()} MB`);
db.close();
rmSync(dir, { recursive: true, force: true });
