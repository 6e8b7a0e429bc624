// An Excel import that changes a report is preceded by a verified backup, through the same handlers both
// transports serve (issue 7: "a backup before every migration and every import").
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHandlers, type HandlerHarness } from './handlers-harness';

let h: HandlerHarness;

beforeAll(async () => {
  h = await openHandlers({ today: () => '2025-05-29' });
});
afterAll(() => h.close());

const call = <T>(name: string, input: unknown) => h.call<T>(name, input);

it('backs up before applying a workbook, and the import lands in the history', async () => {
  const content = readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');
  const stored = await call<{ id: string; revision: number }>('report.importFile', { content });
  const workbook = await call<{ fileName: string; data: string }>('export.xlsx', {
    id: stored.id,
    tables: ['baseData', 'selfEval', 'projects'],
  });
  // Change one figure in the report, then bring the exported (original) figures back through Excel.
  const { report } = await call<{ report: { threePublic: { reception: { finalFen: number } } } }>('report.get', {
    id: stored.id,
  });
  report.threePublic.reception.finalFen += 10_000;
  const saved = await call<{ revision: number }>('report.save', {
    id: stored.id,
    baseRevision: stored.revision,
    report,
  });
  const before = await call<unknown[]>('backup.list', {});

  const preview = await call<{ canApply: boolean; changes: { label: string }[] }>('import.preview', {
    id: stored.id,
    ...workbook,
  });
  expect(preview.canApply).toBe(true);
  expect(preview.changes.length).toBeGreaterThan(0);
  const applied = await call<{ revision: number }>('import.apply', {
    id: stored.id,
    baseRevision: saved.revision,
    ...workbook,
  });
  expect(applied.revision).toBeGreaterThan(saved.revision);

  const after = await call<{ kind: string }[]>('backup.list', {});
  expect(after.length).toBe(before.length + 1);
  expect(after.some((b) => b.kind === 'before-import')).toBe(true);
  const history = await call<{ summary: string }[]>('report.revisions', { id: stored.id });
  expect(history.some((h) => h.summary.startsWith('导入Excel'))).toBe(true);
});
