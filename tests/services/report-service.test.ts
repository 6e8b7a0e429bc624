import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Handlers, type Input, type Output, reportApi } from '../../shared/api/contract';
import { runChecks } from '../../shared/checks/run-checks';
import { rulePackFor } from '../../shared/packs/registry';
import { emptyReport } from '../../shared/model/empty';
import { parseReportFile } from '../../shared/format/report-file';
import { documentToPlainText } from '../../shared/text/plain-text';
import type { ReportDocument } from '../../shared/text/document';
import { openDatabase } from '../../electron/db/open-database';
import type { Db } from '../../electron/db/db-handle';
import { createReportService } from '../../electron/services/report-service';
import { fileBytes, sampleReport, tempDir } from '../db/temp-db';
import { rejectedUserFacing } from '../fixtures/user-facing';

const TODAY = '2025-06-30';
const fixtureText = fs.readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8');

let db: Db;
let file: string;
let service: ReturnType<typeof createReportService>;

beforeEach(async () => {
  file = path.join(tempDir(), 'service.db');
  db = await openDatabase(file);
  service = createReportService(db, { appVersion: '0.1.0', today: () => TODAY });
});
afterEach(() => {
  if (db.open) db.close();
});

/** Calls a handler the way a transport does: input parsed by the contract, output checked against it. */
async function call<M extends keyof typeof reportApi>(method: M, input: Input<M>): Promise<Output<M>> {
  const spec = contract[method];
  const parsedInput = spec.input.parse(input) as Parameters<Handlers[M]>[0];
  const handler = service[method] as (i: typeof parsedInput) => Output<M> | Promise<Output<M>>;
  const out = await handler(parsedInput);
  return spec.output.parse(out) as Output<M>;
}

async function importReference() {
  return call('report.importFile', { content: fixtureText });
}

describe('report service', () => {
  it('answers app.info', async () => {
    expect(await call('app.info', {})).toEqual({ name: '绩效自评助手', version: '0.1.0' });
  });

  it('creates an empty report with the official title', async () => {
    const created = await call('report.create', { unitName: '通道侗族自治县财政局', year: 2024 });
    expect(created.title).toBe('2024年度通道侗族自治县财政局部门整体支出绩效自评报告');
    expect(created.revision).toBe(1);
    expect(created.status).toBe('draft');
    expect(created.report).toEqual(emptyReport('通道侗族自治县财政局', 2024));
    expect(await call('report.get', { id: created.id })).toEqual(created);
    expect(await call('report.revisions', { id: created.id })).toEqual([
      { revision: 1, savedAt: created.updatedAt, summary: '新建' },
    ]);
  });

  it('lists reports with their check counts, as runChecks finds them', async () => {
    const reference = await importReference();
    const blank = await call('report.create', { unitName: '空白局', year: 2023 });
    const list = await call('report.list', {});
    expect(list.map((s) => s.id)).toEqual([reference.id, blank.id]);
    for (const [summary, stored] of [
      [list[0], reference],
      [list[1], blank],
    ] as const) {
      const findings = runChecks(stored.report, rulePackFor(stored.report.rulePackId), { today: TODAY });
      expect(summary?.errorCount).toBe(findings.filter((f) => f.severity === 'error').length);
      expect(summary?.warningCount).toBe(findings.filter((f) => f.severity === 'warning').length);
      expect(summary).toMatchObject({
        unitName: stored.report.unitName,
        year: stored.report.year,
        title: stored.title,
      });
    }
    expect(await call('report.list', { deleted: true })).toEqual([]);
  });

  it('saves, detects conflicts and keeps the history', async () => {
    const created = await call('report.create', { unitName: '通道侗族自治县公安局', year: 2024 });
    const edited = sampleReport();
    const saved = await call('report.save', { id: created.id, baseRevision: 1, report: edited });
    expect(saved.revision).toBe(2);
    const got = await call('report.get', { id: created.id });
    expect(got.report).toEqual(edited);
    expect(got.revision).toBe(2);

    const err = await rejectedUserFacing(
      call('report.save', { id: created.id, baseRevision: 1, report: emptyReport('x', 2024) }),
    );
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('当前版本2');

    const revisions = await call('report.revisions', { id: created.id });
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(revisions[0]?.summary).toContain('项目支出');
    expect(await call('report.revision', { id: created.id, revision: 1 })).toEqual(created.report);
    expect((await rejectedUserFacing(call('report.revision', { id: created.id, revision: 7 }))).code).toBe('not-found');
  });

  it('refuses an invalid report handed straight to the service, leaving the file unchanged', async () => {
    const created = await call('report.create', { unitName: '甲局', year: 2024 });
    const before = fileBytes(file);
    const bad = sampleReport('甲局');
    bad.basic.spentFen = -100;
    // Bypasses the contract's input parsing, as a CLI or a benchmark could.
    const err = await rejectedUserFacing(
      Promise.resolve().then(() => service['report.save']({ id: created.id, baseRevision: 1, report: bad })),
    );
    expect(err.code).toBe('invalid-input');
    expect(err.details?.join('\n')).toContain('金额不能为负数');
    expect(fileBytes(file)).toEqual(before);
  });

  it('renames, deletes to the recycle bin and restores', async () => {
    const { id } = await call('report.create', { unitName: '甲局', year: 2024 });
    await call('report.rename', { id, title: '甲局2024自评（终稿）' });
    expect((await call('report.get', { id })).title).toBe('甲局2024自评（终稿）');
    await call('report.delete', { id });
    expect(await call('report.list', {})).toEqual([]);
    const bin = await call('report.list', { deleted: true });
    expect(bin.map((s) => s.title)).toEqual(['甲局2024自评（终稿）']);
    expect((await rejectedUserFacing(call('report.rename', { id, title: '新名' }))).code).toBe('deleted');
    await call('report.restore', { id });
    expect((await call('report.list', {})).map((s) => s.id)).toEqual([id]);
  });

  it("copies a report forward into a new year, moving this year's finals into the 上年 columns", async () => {
    const reference = await importReference();
    const next = await call('report.copyForward', { id: reference.id, year: 2025 });
    expect(next.id).not.toBe(reference.id);
    expect(next.title).toBe('2025年度通道侗族自治县公安局部门整体支出绩效自评报告');
    expect(next.report.year).toBe(2025);
    expect(next.revision).toBe(1);
    const old = reference.report;
    expect(next.report.threePublic.reception.prevFinalFen).toBe(old.threePublic.reception.finalFen);
    expect(next.report.threePublic.vehicleOperation.prevFinalFen).toBe(old.threePublic.vehicleOperation.finalFen);
    expect(next.report.threePublic.reception.finalFen).toBeNull();
    expect(next.report.budget.spentFen).toBeNull();
    expect(next.report.projects.items.map((p) => p.name)).toEqual(old.projects.items.map((p) => p.name));
    expect(next.report.projects.items.every((p) => p.spentFen === null && p.annualFen === null)).toBe(true);
    expect(next.report.baseData.projectRows.map((r) => r.prevFinalFen)).toEqual(
      old.baseData.projectRows.map((r) => r.finalFen),
    );
    expect((await call('report.revisions', { id: next.id }))[0]?.summary).toBe('由2024年度报告结转');
    // The source report is untouched.
    expect((await call('report.get', { id: reference.id })).report).toEqual(old);

    const again = await rejectedUserFacing(call('report.copyForward', { id: reference.id, year: 2025 }));
    expect(again.code).toBe('conflict');
    expect(again.message).toContain('2025年度报告已存在');
    const backwards = await rejectedUserFacing(call('report.copyForward', { id: reference.id, year: 2024 }));
    expect(backwards.message).toContain('晚于');

    // Once the 2025 report is in the recycle bin, a fresh copy may be made.
    await call('report.delete', { id: next.id });
    const fresh = await call('report.copyForward', { id: reference.id, year: 2025 });
    expect(fresh.id).not.toBe(next.id);
    expect((await call('report.list', {})).map((s) => s.year)).toEqual([2025, 2024]);
  });

  it('checks and assembles a stored report', async () => {
    const reference = await importReference();
    const findings = await call('report.check', { id: reference.id });
    const direct = runChecks(reference.report, rulePackFor(reference.report.rulePackId), { today: TODAY });
    expect(findings).toEqual(direct.map((f) => ({ ...f, paths: f.paths.map((p) => [...p]) })));

    const doc = await call('report.assemble', { id: reference.id });
    expect(doc.blocks[0]).toMatchObject({ kind: 'title' });
    const text = documentToPlainText(doc as ReportDocument);
    expect(text).toContain('通道侗族自治县公安局');
    expect(text).toContain('部门整体支出管理及使用情况');
  });

  it('exports a report file that imports back to the same report', async () => {
    const created = await call('report.create', { unitName: '通道侗族自治县公安局', year: 2024 });
    await call('report.save', { id: created.id, baseRevision: 1, report: sampleReport() });
    await call('report.rename', { id: created.id, title: '公安局/2024:定稿?' });
    const exported = await call('report.exportFile', { id: created.id });
    expect(exported.fileName).toBe('公安局_2024_定稿_.selfeval.json');
    const envelope = JSON.parse(exported.content) as Record<string, unknown>;
    expect(envelope).toMatchObject({
      format: 'selfeval-report',
      formatVersion: 2,
      generator: '绩效自评助手 0.1.0',
      title: '公安局/2024:定稿?',
    });
    const parsed = parseReportFile(exported.content);
    expect(parsed.ok && parsed.report).toEqual(sampleReport());

    const imported = await call('report.importFile', { content: exported.content });
    expect(imported.id).not.toBe(created.id);
    expect(imported.title).toBe('公安局/2024:定稿?');
    expect(imported.report).toEqual(sampleReport());
    expect((await call('report.revisions', { id: imported.id }))[0]?.summary).toBe('从文件导入');
  });

  it('imports the reference file exactly', async () => {
    const parsed = parseReportFile(fixtureText);
    if (!parsed.ok) throw new Error(parsed.message);
    const imported = await importReference();
    expect(imported.title).toBe(parsed.title);
    expect(imported.report).toEqual(parsed.report);
    expect((await call('report.get', { id: imported.id })).report).toEqual(parsed.report);
  });

  it('refuses a bad file with a Chinese message and stores nothing', async () => {
    await call('report.create', { unitName: '甲局', year: 2024 });
    const before = fileBytes(file);
    const notJson = await rejectedUserFacing(call('report.importFile', { content: '{"format": "selfeval-report", ' }));
    expect(notJson.code).toBe('bad-file');
    expect(notJson.message).toMatch(/[\u4e00-\u9fff]/);

    const envelope = JSON.parse(fixtureText) as { report: { budget: { annualFen: unknown } } };
    envelope.report.budget.annualFen = '5521.28万元';
    const badFigure = await rejectedUserFacing(call('report.importFile', { content: JSON.stringify(envelope) }));
    expect(badFigure.code).toBe('bad-file');
    expect(badFigure.details?.join('\n')).toContain('全年预算收入');

    expect(fileBytes(file)).toEqual(before);
    expect(await call('report.list', {})).toHaveLength(1);
  });

  it('answers not-found for an unknown id', async () => {
    for (const method of [
      'report.get',
      'report.check',
      'report.assemble',
      'report.exportFile',
      'report.delete',
    ] as const) {
      expect((await rejectedUserFacing(call(method, { id: 'no-such-id' }))).code).toBe('not-found');
    }
  });
});
