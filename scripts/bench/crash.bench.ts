// Crash-safety figures over many rounds (reliability.md D1: 200 rounds): a writer saving reports is SIGKILLed at
// random points; after each kill the file is reopened and every acknowledged save is looked up.
// `npm run bench -- crash` (CRASH_ROUNDS and CRASH_SEED override the defaults). Prints figures; exits 1 on a loss.
import fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCrashChild, runCrashRounds } from '../../tests/safety/crash-harness';

const rounds = Number(process.env.CRASH_ROUNDS ?? 200);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const dir = mkdtempSync(path.join(tmpdir(), 'selfeval-crash-bench-'));
const childScript = await buildCrashChild();
const started = performance.now();
try {
  const f = await runCrashRounds({
    rounds,
    seed,
    dir,
    childScript,
    maxAcksBeforeKill: 80,
    log: (line) => {
      if (/第\d*0轮/.test(line)) console.log(line);
    },
  });
  console.log(`种子 ${seed}（CRASH_SEED=${seed} 可重放）`);
  console.log(`轮数 ${f.rounds}；确认的保存 ${f.acknowledgedSaves} 次；丢失 ${f.lostSaves} 次`);
  console.log(
    `integrity_check = ok：${f.integrityOk}/${f.rounds} 轮；foreign_key_check 问题 ${f.foreignKeyProblems} 个；半完成的保存 ${f.halfApplied} 个`,
  );
  console.log(
    `在备份过程中被终止 ${f.killsDuringBackup} 次；留下的备份 ${f.backupsChecked} 个，未通过检查 ${f.backupsBad} 个`,
  );
  console.log(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  if (f.lostSaves > 0 || f.integrityOk !== f.rounds || f.halfApplied > 0 || f.backupsBad > 0) {
    console.error('发现数据丢失或损坏：', JSON.stringify(f.lost.slice(0, 10)));
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.dirname(childScript), { recursive: true, force: true });
}
