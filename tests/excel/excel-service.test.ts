/** The Excel API slice with an in-memory report store, and the two CLI commands with an in-memory file system. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { excelApi } from '../../shared/api/excel-api';
import { UserFacingError } from '../../shared/api/result';
import { parseReportFile, serializeReportFile } from '../../shared/format/report-file';
import { emptyReport } from '../../shared/model/empty';
import type { Report } from '../../shared/model/report';
import { createExcelService } from '../../electron/services/excel/excel-service';
import { runExportXlsxCommand, runImportCommand, type ExcelCliIo } from '../../electron/cli/commands/excel-commands';
import { fixtureBytes, BAD_FIXTURES } from './excel-test-helpers';

interface Saved {
  report: Report;
  revision: number;
  history: string[];
}

function memoryStore(report: Report) {
  const state: Saved = { report, revision: 1, history: ['新建'] };
  const service = createExcelService({
    getReport: () => ({ report: structuredClone(state.report), revision: state.revision }),
    saveReport: (_id, base, next, summary) => {
      if (base !== state.revision) throw new UserFacingError('conflict', '报告已在别处修改');
      state.report = structuredClone(next);
      state.revision++;
      state.history.push(summary);
    },
  });
  return { state, service };
}

/** Calls a handler as a transport does: input parsed by the slice's schema, output checked against it. */
async function call<M extends keyof typeof excelApi>(
  service: ReturnType<typeof createExcelService>,
  method: M,
  input: unknown,
): Promise<z.output<(typeof excelApi)[M]['output']>> {
  const spec = excelApi[method];
  const parsed = spec.input.parse(input) as Parameters<(typeof service)[M]>[0];
  const handler = service[method] as (i: typeof parsed) => unknown;
  return spec.output.parse(await handler(parsed)) as z.output<(typeof excelApi)[M]['output']>;
}

async function failure(promise: Promise<unknown>): Promise<UserFacingError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

const b64 = (name: string, dir?: URL) => fixtureBytes(name, dir).toString('base64');

describe('excel service', () => {
  it('preview lists changes and problems; apply saves once with a history line', async () => {
    const { state, service } = memoryStore(emptyReport('通道侗族自治县公安局', 2024));
    const preview = await call(service, 'import.preview', {
      id: 'r1',
      fileName: '项目.xlsx',
      data: b64('05-projects-two-row-header.xlsx'),
    });
    expect(preview.revision).toBe(1);
    expect(preview.canApply).toBe(true);
    expect(preview.tables).toEqual([{ kind: 'projects', title: '项目明细表', sheet: '项目支出明细', changeCount: 4 }]);
    expect(preview.problems).toHaveLength(1);
    expect(state.revision).toBe(1);

    const applied = await call(service, 'import.apply', {
      id: 'r1',
      baseRevision: 1,
      fileName: '项目.xlsx',
      data: b64('05-projects-two-row-header.xlsx'),
    });
    expect(applied).toEqual({ revision: 2, summary: '导入Excel：项目明细表（4项）', changeCount: 4 });
    expect(state.history).toEqual(['新建', '导入Excel：项目明细表（4项）']);
    expect(state.report.projects.items).toHaveLength(4);
  });

  it('apply refuses when the report changed since the preview, and when the workbook has errors', async () => {
    const { state, service } = memoryStore(emptyReport('通道侗族自治县公安局', 2024));
    const stale = await failure(
      call(service, 'import.apply', {
        id: 'r1',
        baseRevision: 0,
        fileName: 'a.xlsx',
        data: b64('05-projects-two-row-header.xlsx'),
      }),
    );
    expect(stale.code).toBe('conflict');
    const bad = await failure(
      call(service, 'import.apply', {
        id: 'r1',
        baseRevision: 1,
        fileName: 'a.xlsx',
        data: b64('11-formula-without-value.xlsx'),
      }),
    );
    expect(bad.code).toBe('invalid-input');
    expect(bad.message).toBe('工作簿中有1处错误，未作任何修改；请改正后重新导入');
    expect(bad.details?.[0]).toContain('工作表「项目」第2行D列');
    expect(state.revision).toBe(1);
  });

  it('an unreadable or foreign file is refused with its message', async () => {
    const { service } = memoryStore(emptyReport('某单位', 2024));
    const xls = await failure(
      call(service, 'import.preview', {
        id: 'r1',
        fileName: 'a.xls',
        data: b64('old-excel-97.xls.xlsx', BAD_FIXTURES),
      }),
    );
    expect([xls.code, xls.message]).toEqual(['bad-file', expect.stringContaining('旧版 Excel 97-2003') as unknown]);
    const wrong = await failure(
      call(service, 'import.preview', { id: 'r1', fileName: 'a.xlsx', data: b64('wrong-table.xlsx', BAD_FIXTURES) }),
    );
    expect(wrong.code).toBe('wrong-table');
  });

  it('取消 stops a preview being read: its worker ends, the preview fails as cancelled, nothing is saved', async () => {
    const { state, service } = memoryStore(emptyReport('测试单位', 2024));
    const data = fixtureBytes('01-hunan-base-data-2023.xlsx').toString('base64');
    const reading = call(service, 'import.preview', { id: 'r', fileName: 'a.xlsx', data, requestId: 'read-1' });
    // The request is registered before the first await: cancelling right away reaches it.
    expect(await call(service, 'import.cancel', { requestId: 'read-1' })).toEqual({ cancelled: true });
    const error = await failure(reading);
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('已取消导入，报告未作任何修改');
    expect(state.history).toEqual(['新建']);
    // Once finished (or unknown), there is nothing left to cancel.
    expect(await call(service, 'import.cancel', { requestId: 'read-1' })).toEqual({ cancelled: false });
  });

  it('apply keeps the rows the workbook lacks unless deleteMissingRows is sent; an empty template is refused', async () => {
    const report = emptyReport('某县农业农村局', 2024);
    report.projects.items = [
      {
        name: '已有项目',
        initialFen: 1,
        annualFen: 1,
        spentFen: 1,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
    ];
    const data = fixtureBytes('06-projects-three-row-header-yuan.xlsx').toString('base64');
    const kept = memoryStore(structuredClone(report));
    const preview = await call(kept.service, 'import.preview', { id: 'r', fileName: 'p.xlsx', data });
    expect(preview.deletions.map((d) => d.oldValue)).toEqual(['「已有项目」']);
    expect(preview.deletionsApplied).toBe(false);
    await call(kept.service, 'import.apply', { id: 'r', baseRevision: 1, fileName: 'p.xlsx', data });
    expect(kept.state.report.projects.items.map((p) => p.name)).toEqual([
      '已有项目',
      '乡村振兴衔接资金',
      '农村人居环境整治',
      '高标准农田建设',
    ]);
    const deleted = memoryStore(structuredClone(report));
    await call(deleted.service, 'import.apply', {
      id: 'r',
      baseRevision: 1,
      fileName: 'p.xlsx',
      data,
      deleteMissingRows: true,
    });
    expect(deleted.state.report.projects.items.map((p) => p.name)).toEqual([
      '乡村振兴衔接资金',
      '农村人居环境整治',
      '高标准农田建设',
    ]);

    const template = await call(kept.service, 'export.template', { year: 2024 });
    const blank = memoryStore(structuredClone(report));
    const error = await failure(
      call(blank.service, 'import.apply', { id: 'r', baseRevision: 1, fileName: 't.xlsx', data: template.data }),
    );
    expect(error.message).toBe('这是空白模板：表中一个数也没有填写，未作任何修改');
    expect(blank.state.history).toEqual(['新建']);
  });

  it('the API refuses a file over 20 MB and text that is not base64 before any handler runs', () => {
    const tooBig = excelApi['import.preview'].input.safeParse({ id: 'r', fileName: 'a', data: 'A'.repeat(28_000_000) });
    expect(tooBig.success).toBe(false);
    expect(tooBig.error?.issues[0]?.message).toBe('文件过大（超过20 MB），无法导入');
    expect(excelApi['import.preview'].input.safeParse({ id: 'r', fileName: 'a', data: '不是base64' }).success).toBe(
      false,
    );
  });

  it('exports the tables and a blank template as base64 .xlsx', async () => {
    const { service } = memoryStore(emptyReport('通道侗族自治县公安局', 2024));
    const out = await call(service, 'export.xlsx', { id: 'r1' });
    expect(out.fileName).toBe('通道侗族自治县公安局2024年度绩效自评附表.xlsx');
    expect(Buffer.from(out.data, 'base64').subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const template = await call(service, 'export.template', { year: 2025, tables: ['projects'] });
    expect(template.fileName).toBe('2025年度绩效自评附表（空白模板）.xlsx');
  });
});

function memoryIo(files: Record<string, Buffer | string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Buffer | string> = {};
  const io: ExcelCliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return Buffer.isBuffer(f) ? f : Buffer.from(f, 'utf8');
    },
    writeFile: (p, data) => {
      written[p] = data;
    },
  };
  return { io, out, err, written };
}

const reportFile = (r: Report) =>
  serializeReportFile(r, {
    title: '测试报告',
    generator: '绩效自评助手 0.1.0',
    exportedAt: '2025-01-01T00:00:00.000Z',
  });

describe('selfeval import / export-xlsx', () => {
  it('import prints the preview and writes nothing without --apply', async () => {
    const m = memoryIo({
      'p.xlsx': fixtureBytes('06-projects-three-row-header-yuan.xlsx'),
      'r.json': reportFile(emptyReport('某县农业农村局', 2024)),
    });
    expect(await runImportCommand(['import', 'p.xlsx', '--into', 'r.json'], m.io)).toBe(0);
    const text = m.out.join('');
    expect(text).toContain('找到的表格：项目明细表（工作表「明细」，3项修改）');
    expect(text).toContain('二（二）项目支出 第1行（新增）：（无） → 「乡村振兴衔接资金」');
    expect(text).toContain('这只是预览，报告文件未修改');
    expect(m.written).toEqual({});
  });

  it('import --clear clears what the sheet leaves blank; --delete-rows deletes rows it lacks; both are listed', async () => {
    const report = emptyReport('某县农业农村局', 2024);
    report.projects.items = [
      {
        name: '已有项目',
        initialFen: 1,
        annualFen: 1,
        spentFen: 1,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
    ];
    const files = { 'p.xlsx': fixtureBytes('06-projects-three-row-header-yuan.xlsx'), 'r.json': reportFile(report) };
    const preview = memoryIo(files);
    expect(await runImportCommand(['p.xlsx', '--into', 'r.json'], preview.io)).toBe(0);
    expect(preview.out.join('')).toContain('报告中有而表中没有的行（1行，保留；加 --delete-rows 才删除）');
    const m = memoryIo(files);
    expect(await runImportCommand(['p.xlsx', '--into', 'r.json', '--delete-rows', '--clear', '--apply'], m.io)).toBe(0);
    expect(m.out.join('')).toContain('报告中有而表中没有的行（1行，将删除）');
    const parsed = parseReportFile(String(m.written['r.json']));
    expect(parsed.ok && parsed.report.projects.items.map((p) => p.name)).toEqual([
      '乡村振兴衔接资金',
      '农村人居环境整治',
      '高标准农田建设',
    ]);
  });

  it('import --apply writes the report file with the imported figures', async () => {
    const m = memoryIo({
      'p.xlsx': fixtureBytes('06-projects-three-row-header-yuan.xlsx'),
      'r.json': reportFile(emptyReport('某县农业农村局', 2024)),
    });
    expect(await runImportCommand(['p.xlsx', '--into', 'r.json', '--apply'], m.io)).toBe(0);
    const parsed = parseReportFile(String(m.written['r.json']));
    expect(parsed.ok && parsed.report.projects.items.map((p) => p.initialFen)).toEqual([123_456_789, 35_000_050, 0]);
    expect(parsed.ok && parsed.title).toBe('测试报告');
  });

  it('import --apply with errors writes nothing and exits 1; a bad workbook exits 2', async () => {
    const m = memoryIo({
      'p.xlsx': fixtureBytes('11-formula-without-value.xlsx'),
      'r.json': reportFile(emptyReport('某单位', 2024)),
    });
    expect(await runImportCommand(['p.xlsx', '--into', 'r.json', '--apply'], m.io)).toBe(1);
    expect(m.written).toEqual({});
    expect(m.err.join('')).toContain('工作簿中有1处错误，未写入任何内容');
    const bad = memoryIo({
      'p.xlsx': fixtureBytes('password-protected.xlsx', BAD_FIXTURES),
      'r.json': reportFile(emptyReport('某单位', 2024)),
    });
    expect(await runImportCommand(['p.xlsx', '--into', 'r.json'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('工作簿 p.xlsx：工作簿设置了打开密码');
  });

  it('usage errors exit 2 with the usage text', async () => {
    const m = memoryIo({});
    expect(await runImportCommand(['p.xlsx'], m.io)).toBe(2);
    expect(m.err.join('')).toContain('缺少工作簿或 --into 报告文件');
    expect(await runExportXlsxCommand(['r.json'], m.io)).toBe(2);
    expect(await runImportCommand(['missing.xlsx', '--into', 'missing.json'], m.io)).toBe(2);
    expect(m.err.join('')).toContain('报告文件 missing.json：文件不存在');
  });

  it('export-xlsx writes a workbook that imports back into the same report without changes', async () => {
    const report = emptyReport('通道侗族自治县公安局', 2024);
    report.projects.items = [
      {
        name: '业务工作经费',
        initialFen: 1_234_567,
        annualFen: 2_000_000,
        spentFen: 1_999_999,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
    ];
    const m = memoryIo({ 'r.json': reportFile(report) });
    expect(await runExportXlsxCommand(['export-xlsx', 'r.json', '-o', 'out.xlsx'], m.io)).toBe(0);
    const back = memoryIo({ 'out.xlsx': m.written['out.xlsx'] as Buffer, 'r.json': reportFile(report) });
    expect(await runImportCommand(['out.xlsx', '--into', 'r.json'], back.io)).toBe(0);
    expect(back.out.join('')).toContain('没有需要修改的字段。');
  });
});
