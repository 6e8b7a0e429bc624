// Checking and assembling one report: the reference, and a large one (200 projects, 150 indicator rows).
import { readFileSync } from 'node:fs';
import { Report } from '../../shared/model/report';
import { runChecks } from '../../shared/checks/run-checks';
import { assembleReport } from '../../shared/text/assemble';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { measure, peakRssMb } from './stats';

const file = new URL('../../tests/fixtures/reference-2024.selfeval.json', import.meta.url);
const reference = Report.parse(JSON.parse(readFileSync(file, 'utf8')).report);

function large(): Report {
  const r = structuredClone(reference);
  const p = r.projects.items[0]!;
  r.projects.items = Array.from({ length: 200 }, (_, i) => ({ ...p, name: `项目${i + 1}` }));
  const ind = r.selfEval.indicators[0]!;
  r.selfEval.indicators = Array.from({ length: 150 }, (_, i) => ({ ...ind, name: `指标${i + 1}` }));
  return r;
}

const big = large();
const today = '2026-11-26';
measure('参考报告 审核', 500, () => runChecks(reference, HUNAN_DEFAULT, { today }));
measure('参考报告 生成全文', 500, () => assembleReport(reference, HUNAN_DEFAULT));
measure('参考报告 校验（zod 解析）', 500, () => Report.parse(reference));
measure('大报告（200项目/150指标）审核', 100, () => runChecks(big, HUNAN_DEFAULT, { today }));
measure('大报告（200项目/150指标）生成全文', 100, () => assembleReport(big, HUNAN_DEFAULT));
console.log(`峰值内存 ${peakRssMb()} MB`);
