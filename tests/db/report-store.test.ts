import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { openDatabase } from '../../electron/db/open-database';
import type { Db } from '../../electron/db/db-handle';
import * as store from '../../electron/db/report-store';
import { fileBytes, sampleReport, tempDir } from './temp-db';
import { thrownUserFacing } from '../fixtures/user-facing';
import { stated } from '../fixtures/stated';

let db: Db;
let file: string;

beforeEach(async () => {
  file = path.join(tempDir(), 'store.db');
  db = await openDatabase(file);
});
afterEach(() => {
  if (db.open) db.close();
});

const create = (report = sampleReport(), title = '测试报告') =>
  store.createReport(db, { title, report, summary: '新建' });

describe('report store', () => {
  it('round-trips a report with projects, amounts exact to the 分', async () => {
    const original = sampleReport();
    const created = create(original);
    expect(created.revision).toBe(1);
    expect(created.status).toBe('draft');
    expect(created.unitName).toBe('通道侗族自治县公安局');
    expect(created.year).toBe(2024);

    const edited = structuredClone(original);
    edited.projects.items.push({
      name: '新增项目',
      initialFen: 1,
      annualFen: 99_999_999_999_999,
      spentFen: 12_345_678_901_234,
      addedMidYear: true,
      lowRateReason: '',
      table: null,
    });
    const saved = store.saveReport(db, created.id, 1, edited);
    expect(saved.revision).toBe(2);

    db.close();
    db = await openDatabase(file);
    const got = store.getReport(db, created.id);
    expect(got.report).toEqual(edited);
    expect(got.report.projects.items[2]?.annualFen).toBe(99_999_999_999_999);
    expect(got.report.projects.items[2]?.spentFen).toBe(12_345_678_901_234);
    expect(got.report.projects.items[0]?.initialFen).toBe(123_456_789);
    expect(got.revision).toBe(2);
    expect(got.updatedAt).toBe(saved.updatedAt);
  });

  it('detects a conflicting save and changes nothing', () => {
    const { id } = create();
    const initial = fileBytes(file);
    store.saveReport(db, id, 1, { ...sampleReport(), selfName: '本局' });
    const before = fileBytes(file);
    // The comparison below can fail: a successful save does change the bytes.
    expect(before).not.toEqual(initial);
    const err = thrownUserFacing(() => store.saveReport(db, id, 1, { ...sampleReport(), selfName: '我单位' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('报告已在别处修改（当前版本2），请重新打开后再改');
    expect(fileBytes(file)).toEqual(before);
    expect(store.getReport(db, id).report.selfName).toBe('本局');
    expect(store.listRevisions(db, id)).toHaveLength(2);
  });

  describe('rejects invalid reports and leaves the database bytes unchanged', () => {
    const cases: [string, (r: Report) => unknown, RegExp][] = [
      [
        'a negative amount',
        (r) => {
          const item = r.projects.items[1];
          if (item) item.spentFen = -1;
          return r;
        },
        /二（二）项目支出 第2行「支出」：金额不能为负数/,
      ],
      [
        'a 10 MB string in a text field',
        (r) => ({ ...r, problems: [{ heading: '', text: '长'.repeat(10 * 1024 * 1024) }] }),
        /七、存在的问题及原因分析 第1段「正文」：不能超过20000字/,
      ],
      [
        'text where a number belongs',
        (r) => ({ ...r, budget: { ...r.budget, annualFen: '5521.28万元' } }),
        /二（一）全年预算收入：必须是金额数字/,
      ],
      ['a fractional amount', (r) => ({ ...r, basic: { ...r.basic, spentFen: 0.5 } }), /整数分/],
      ['a missing section', (r) => ({ ...r, threePublic: undefined }), /三公/],
    ];
    for (const [what, mutate, detail] of cases) {
      it(what, () => {
        const { id } = create();
        const before = fileBytes(file);
        const bad = mutate(sampleReport()) as Report;
        const onSave = thrownUserFacing(() => store.saveReport(db, id, 1, bad));
        expect(onSave.code).toBe('invalid-input');
        expect(onSave.message).toMatch(/未保存/);
        expect(onSave.details?.join('\n')).toMatch(detail);
        const onCreate = thrownUserFacing(() =>
          store.createReport(db, { title: '坏报告', report: bad, summary: '新建' }),
        );
        expect(onCreate.code).toBe('invalid-input');
        expect(fileBytes(file)).toEqual(before);
        expect(store.getReport(db, id).revision).toBe(1);
        expect(store.listReports(db)).toHaveLength(1);
      });
    }

    it('an empty or over-long title', () => {
      const { id } = create();
      const before = fileBytes(file);
      expect(thrownUserFacing(() => store.renameReport(db, id, '   ')).message).toContain('标题');
      expect(thrownUserFacing(() => store.renameReport(db, id, '题'.repeat(201))).message).toContain('200');
      expect(fileBytes(file)).toEqual(before);
    });
  });

  it('keeps every save as a revision with a summary of the changed sections', () => {
    const r1 = sampleReport();
    const { id } = create(r1);
    const r2 = structuredClone(r1);
    const firstItem = r2.projects.items[0];
    if (firstItem) firstItem.spentFen = stated(firstItem.spentFen) + 1;
    r2.threePublic.reception.finalFen = 1;
    store.saveReport(db, id, 1, r2);
    store.saveReport(db, id, 2, r2);
    const r4 = { ...r2, unitName: '通道县公安局', signature: { unitName: '通道县公安局', date: '' } };
    store.saveReport(db, id, 3, r4);

    const revs = store.listRevisions(db, id);
    expect(revs.map((r) => [r.revision, r.summary])).toEqual([
      [4, '修改：单位名称、落款'],
      [3, '未修改'],
      [2, '修改：项目支出、三公经费'],
      [1, '新建'],
    ]);
    expect(store.getRevision(db, id, 1)).toEqual(r1);
    expect(store.getRevision(db, id, 2)).toEqual(r2);
    // The unit name column follows the report, so the unit/year lookups stay right.
    expect(store.getReport(db, id).unitName).toBe('通道县公安局');
    expect(store.findActiveReport(db, '通道县公安局', 2024)?.id).toBe(id);
    expect(store.findActiveReport(db, '通道侗族自治县公安局', 2024)).toBeUndefined();
    expect(thrownUserFacing(() => store.getRevision(db, id, 9)).code).toBe('not-found');
  });

  it('restores an older revision by saving it as the newest', () => {
    const r1 = sampleReport();
    const { id } = create(r1);
    const r2 = { ...r1, projects: { ...r1.projects, items: [] } };
    store.saveReport(db, id, 1, r2);
    const old = store.getRevision(db, id, 1);
    const restored = store.saveReport(db, id, 2, old);
    expect(restored.revision).toBe(3);
    expect(store.getReport(db, id).report).toEqual(r1);
    expect(store.listRevisions(db, id)[0]?.summary).toBe('修改：项目支出');
    expect(store.getRevision(db, id, 2).projects.items).toEqual([]);
  });

  it('moves reports to the recycle bin and back', () => {
    const a = create(sampleReport('甲局'));
    const b = create(sampleReport('乙局'));
    store.deleteReport(db, a.id);
    expect(store.listReports(db).map((r) => r.id)).toEqual([b.id]);
    const bin = store.listReports(db, { deleted: true });
    expect(bin.map((r) => r.id)).toEqual([a.id]);
    expect(bin[0]?.deletedAt).not.toBeNull();
    expect(store.findActiveReport(db, '甲局', 2024)).toBeUndefined();

    const err = thrownUserFacing(() => store.saveReport(db, a.id, 1, sampleReport('甲局')));
    expect(err.code).toBe('deleted');
    expect(err.message).toContain('回收站');
    // Still readable while in the bin, with its history.
    expect(store.getReport(db, a.id).report.unitName).toBe('甲局');
    expect(store.listRevisions(db, a.id)).toHaveLength(1);

    store.restoreReport(db, a.id);
    expect(
      store
        .listReports(db)
        .map((r) => r.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(store.listReports(db, { deleted: true })).toEqual([]);
    expect(store.saveReport(db, a.id, 1, sampleReport('甲局')).revision).toBe(2);
  });

  it('renames a report', () => {
    const { id } = create();
    store.renameReport(db, id, '  2024年度  自评报告（定稿） ');
    expect(store.getReport(db, id).title).toBe('2024年度 自评报告（定稿）');
    expect(thrownUserFacing(() => store.getReport(db, 'missing')).code).toBe('not-found');
  });

  it('holds many units and many years in one file', () => {
    const units = Array.from({ length: 12 }, (_, i) => `第${i + 1}单位`);
    const years = [2019, 2020, 2021, 2022, 2023, 2024];
    const ids = new Map<string, string>();
    for (const unit of units) {
      for (const year of years) ids.set(`${unit}/${year}`, create(sampleReport(unit, year), `${year}${unit}`).id);
    }
    const listed = store.listReports(db);
    expect(listed).toHaveLength(units.length * years.length);
    expect(listed[0]?.year).toBe(2024);
    expect(listed[listed.length - 1]?.year).toBe(2019);
    for (const unit of units) {
      for (const year of years) {
        const found = store.findActiveReport(db, unit, year);
        expect(found?.id).toBe(ids.get(`${unit}/${year}`));
        expect(found?.title).toBe(`${year}${unit}`);
      }
    }
    const plan = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT id FROM reports WHERE unit_name = '第1单位' AND year = 2024 AND deleted_at IS NULL",
      )
      .all();
    expect(plan.map((p) => p.detail).join(' ')).toContain('reports_unit_year');
  });

  it('reports a stored row that no longer validates instead of passing it on', () => {
    const good = create(sampleReport('甲局'));
    const bad = create(sampleReport('乙局'));
    db.prepare(`UPDATE reports SET data = json_set(data, '$.budget.spentFen', -5) WHERE id = ?`).run(bad.id);
    const err = thrownUserFacing(() => store.getReport(db, bad.id));
    expect(err.code).toBe('corrupt-data');
    expect(err.details?.join()).toContain('金额不能为负数');
    const listed = store.listReports(db);
    expect(listed.find((r) => r.id === bad.id)?.report).toBeNull();
    expect(listed.find((r) => r.id === good.id)?.report?.unitName).toBe('甲局');
  });
});
