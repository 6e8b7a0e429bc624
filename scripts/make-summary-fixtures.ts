// Writes the 汇总 fixtures (tests/fixtures/summary/) that tests/fixtures/summary-fixtures.ts describes.
// Run: npx vite-node scripts/make-summary-fixtures.ts   (the outputs are committed; tests never regenerate them)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUMMARY_FIXTURES, summaryFixtures } from '../tests/fixtures/summary-fixtures';

mkdirSync(SUMMARY_FIXTURES, { recursive: true });
for (const old of readdirSync(SUMMARY_FIXTURES)) rmSync(path.join(SUMMARY_FIXTURES, old));
const files = summaryFixtures();
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(SUMMARY_FIXTURES, name), text);
console.log(`已生成 ${Object.keys(files).length} 个报告文件：${SUMMARY_FIXTURES}`);
