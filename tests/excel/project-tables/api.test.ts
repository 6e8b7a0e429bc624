/**
 * The project-table API on a real SQLite file, called as the transports call it (dispatch, zod at the boundary):
 * template → export → import preview with choices → apply (one saved revision with its history line, after a
 * backup), a stale preview refused, a blank template and a broken workbook refused with nothing written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/api/contract';
import { serializeReportFile } from '../../../shared/format/report-file';
import { openHandlers, type HandlerHarness } from '../../api/handlers-harness';
import { referenceWithTables, withoutTables } from './reference-tables';

let h: HandlerHarness;
beforeEach(async () => {
  h = await openHandlers({ today: () => '2025-05-29' });
});
afterEach(() => h.close());

async function stored(report = referenceWithTables()) {
  const content = serializeReportFile(report, { title: '参考', generator: 'test', exportedAt: '2025-05-29T00:00:00Z' });
  return h.call<Output<'report.importFile'>>('report.importFile', { content });
}

describe('project tables API', () => {
  it('exports all tables, imports them into a report without tables, and saves one revision', async () => {
    const source = await stored();
    const file = await h.call<Output<'projectTables.export'>>('projectTables.export', { id: source.id });
    expect(file.fileName).toBe('通道侗族自治县公安局2024年度项目支出绩效自评表.xlsx');

    const target = await stored(withoutTables(referenceWithTables()));
    const preview = await h.call<Output<'projectTables.preview'>>('projectTables.preview', {
      id: target.id,
      fileName: file.fileName,
      data: file.data,
    });
    expect(preview.canApply).toBe(true);
    expect(preview.tables).toHaveLength(9);
    expect(preview.projectsWithoutTable).toEqual([]);
    // Skip the first table: its project keeps no table.
    const skipFirst = [{ key: preview.tables[0]?.key ?? '', project: null }];
    const applied = await h.call<Output<'projectTables.apply'>>('projectTables.apply', {
      id: target.id,
      baseRevision: preview.revision,
      fileName: file.fileName,
      data: file.data,
      assignments: skipFirst,
    });
    expect(applied.revision).toBe(preview.revision + 1);
    expect(applied.summary).toMatch(/^导入项目支出绩效自评表：「“一村一辅警”/);
    const after = await h.call<Output<'report.get'>>('report.get', { id: target.id });
    const tables = referenceWithTables().projects.items.map((p) => p.table);
    expect(after.report.projects.items.map((p) => p.table)).toEqual([null, ...tables.slice(1)]);
    const history = await h.call<Output<'report.revisions'>>('report.revisions', { id: target.id });
    expect(history[0]?.summary).toBe(applied.summary);
    const backups = await h.call<Output<'backup.list'>>('backup.list', {});
    expect(backups.some((b) => b.kind === 'before-import')).toBe(true);

    // The same workbook again, previewed before that save: refused, nothing written.
    const stale = await h.attempt('projectTables.apply', {
      id: target.id,
      baseRevision: preview.revision,
      fileName: file.fileName,
      data: file.data,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a blank template and a workbook with an unreadable figure, writing nothing', async () => {
    const target = await stored(withoutTables(referenceWithTables()));
    const template = await h.call<Output<'projectTables.template'>>('projectTables.template', { id: target.id });
    expect(template.fileName).toBe('2024年度项目支出绩效自评表（空白模板）.xlsx');
    const preview = await h.call<Output<'projectTables.preview'>>('projectTables.preview', {
      id: target.id,
      fileName: template.fileName,
      data: template.data,
    });
    expect([preview.emptyTemplate, preview.canApply]).toEqual([true, false]);
    const refused = await h.attempt('projectTables.apply', {
      id: target.id,
      baseRevision: preview.revision,
      fileName: template.fileName,
      data: template.data,
    });
    expect(refused).toMatchObject({ ok: false, error: { message: '这是空白模板：表中一项也没有填写，未作任何修改' } });
    const notXlsx = await h.attempt('projectTables.preview', {
      id: target.id,
      fileName: 'a.xlsx',
      data: Buffer.from('不是工作簿').toString('base64'),
    });
    expect(notXlsx).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    const after = await h.call<Output<'report.get'>>('report.get', { id: target.id });
    expect(after.revision).toBe(target.revision);
    const noTables = await h.attempt('projectTables.export', { id: target.id });
    expect(noTables).toMatchObject({
      ok: false,
      error: { message: '报告中还没有项目支出绩效自评表：请先填写，或下载空白模板' },
    });
  });

  it('validates choices at the boundary', async () => {
    const target = await stored();
    const bad = await h.attempt('projectTables.preview', {
      id: target.id,
      fileName: 'a.xlsx',
      data: 'AAAA',
      assignments: [{ key: 'Sheet1!4', project: -1 }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
