// The 汇总's pure parts: duplicates by unit and year (spaces do not make another unit), totals over stated figures
// only, and how the screen pairs report files with their PDFs.
import { describe, expect, it } from 'vitest';
import type { FileSummary, SummaryFigures } from '../../shared/summary/summary-schema';
import { buildSummaryTable } from '../../shared/summary/summary-table';
import { pairFiles } from '../../renderer/src/summary/pair-files';

const NONE: SummaryFigures = {
  initialFen: null,
  annualFen: null,
  spentFen: null,
  rateBasis: null,
  projectCount: null,
  threePublicFen: null,
  threePublicPrevFen: null,
  threePublicChangeBasis: null,
  scoreCenti: null,
  grade: null,
};

function row(file: string, unitName: string, year: number, figures: Partial<SummaryFigures> = {}): FileSummary {
  return {
    kind: 'row',
    row: {
      file,
      unitName,
      year,
      pack: { id: 'hunan-default', name: '湖南', version: '2024.1' },
      figures: { ...NONE, ...figures },
      errors: 1,
      warnings: 2,
      openWarnings: 1,
      pdf: { state: 'none', text: '未提供PDF', fileName: null },
    },
  };
}

describe('buildSummaryTable', () => {
  it('flags the same unit and year twice, however the name is spaced, and counts only the first', () => {
    const table = buildSummaryTable([
      row('a.json', '县 财政局', 2024, { annualFen: 100, spentFen: 90 }),
      row('b.json', '县财政局', 2023, { annualFen: 50, spentFen: 50 }),
      row('c.json', '县财政局\u3000', 2024, { annualFen: 1000, spentFen: 1000 }),
    ]);
    expect(table.rows.map((r) => [r.file, r.counted, r.duplicateOf])).toEqual([
      ['a.json', true, ['c.json']],
      ['b.json', true, []],
      ['c.json', false, ['a.json']],
    ]);
    expect(table.duplicates).toEqual([{ unitName: '县 财政局', year: 2024, files: ['a.json', 'c.json'] }]);
    expect(table.totals.units).toBe(2);
    expect(table.totals.annualFen).toEqual({ value: 150, units: 2 });
    expect(table.totals.errors).toBe(2);
  });

  it('adds only stated figures; with none stated the total is not stated (null), never 0', () => {
    const table = buildSummaryTable([
      row('a.json', '甲', 2024, { annualFen: 0, spentFen: null, threePublicFen: 10, threePublicPrevFen: null }),
      row('b.json', '乙', 2024, { annualFen: 200, spentFen: 150, threePublicFen: 30, threePublicPrevFen: 20 }),
      { kind: 'unreadable', unreadable: { file: 'c.json', reason: '坏', details: [] } },
    ]);
    const t = table.totals;
    expect(t.annualFen).toEqual({ value: 200, units: 2 });
    expect(t.spentFen).toEqual({ value: 150, units: 1 });
    // 150 ÷ 200 over the one unit stating both.
    expect(t.rateBasis).toEqual({ value: 7500, units: 1 });
    expect(t.threePublicChangeBasis).toEqual({ value: 5000, units: 1 });
    expect(t.initialFen).toEqual({ value: null, units: 0 });
    expect(t.projectCount).toEqual({ value: null, units: 0 });
    expect(table.unreadable).toEqual([{ file: 'c.json', reason: '坏', details: [] }]);
  });
});

describe('pairFiles (the 汇总 screen)', () => {
  it('pairs each report with the PDF of its base name and sets the rest aside', () => {
    const named = (...names: string[]) => names.map((name) => ({ name }));
    const picked = pairFiles(
      named('甲2024.selfeval.json', '甲2024.pdf', '乙.json', '丙.pdf', '说明.docx', '乙.JSON', '甲2024.selfeval.json'),
    );
    expect(picked.reports.map((p) => [p.report.name, p.pdf?.name ?? null])).toEqual([
      ['甲2024.selfeval.json', '甲2024.pdf'],
      ['乙.json', null],
      ['乙.JSON', null],
    ]);
    expect(picked.strayPdfs.map((f) => f.name)).toEqual(['丙.pdf']);
    expect(picked.others.map((f) => f.name)).toEqual(['说明.docx']);
  });
});
