// The editor's pure pieces, without a browser: reading what clerks type and paste, moving in a grid, undo steps,
// what autosave sends, and which screen a finding belongs to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/model/report';
import { emptyReport } from '../../shared/model/empty';
import { HUNAN_DEFAULT } from '../../shared/packs/registry';
import { runChecks } from '../../shared/checks/run-checks';
import {
  area,
  headcount,
  isoDate,
  nature,
  normalizeNumberText,
  score,
  wanyuan,
} from '../../renderer/src/editor/fields/codecs';
import { isCellBlock, parseTsv } from '../../renderer/src/editor/grid/tsv';
import { moveTarget } from '../../renderer/src/editor/grid/grid-keys';
import { pasteBlock } from '../../renderer/src/editor/grid/paste-block';
import { PROJECT_COLUMNS, newProject } from '../../renderer/src/editor/sections/ProjectsSection';
import { cleanPastedText, paragraphsFromText } from '../../renderer/src/editor/narrative/paste-text';
import { editorReducer, initialEditorState, MERGE_WINDOW_MS } from '../../renderer/src/editor/state/editor-reducer';
import { prepareForSave, withoutBlankRows } from '../../renderer/src/editor/state/prepare-save';
import { screenForPath, screenStatuses } from '../../renderer/src/editor/screens';
import { upsertResponse } from '../../renderer/src/editor/checks/responses';
import { answeredKeys } from '../../shared/checks/explanations';
import type { EditColumn } from '../../renderer/src/editor/grid/columns';
import type { Project } from '../../shared/model/report';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/reference-2024.selfeval.json', import.meta.url), 'utf8'));
const reference = () => Report.parse(fixture.report);

describe('codecs', () => {
  it('reads 万元 exactly into 分, as typed or pasted', () => {
    expect(wanyuan.parse('5521.28')).toEqual({ ok: true, value: 5_521_280_000 });
    expect(wanyuan.parse('５，５２１．２８ 万元')).toEqual({ ok: true, value: 5_521_280_000 });
    expect(wanyuan.parse('0.000001')).toEqual({ ok: true, value: 1 });
    // Empty is "not stated" (null); 0 is only what the clerk types, and it shows as 0.00.
    expect(wanyuan.parse('')).toEqual({ ok: true, value: null });
    expect(wanyuan.parse('0')).toEqual({ ok: true, value: 0 });
    expect(wanyuan.format(0)).toBe('0.00');
    expect(wanyuan.format(null)).toBe('');
    expect(wanyuan.parse('12,3a')).toEqual({ ok: false, error: '「12,3a」不是数字' });
    expect(wanyuan.parse('1.0000001')).toMatchObject({ ok: false, error: expect.stringContaining('最小单位是分') });
    expect(wanyuan.parse('-1')).toEqual({ ok: false, error: '金额不能为负数' });
    expect(wanyuan.parse('300元')).toEqual({ ok: false, error: '请以“万元”为单位填写' });
    expect(wanyuan.parse('99999999999')).toMatchObject({ ok: false });
    expect(wanyuan.format(5_521_280_000)).toBe('5521.28');
    expect(wanyuan.format(1)).toBe('0.000001');
    expect(wanyuan.format(60_000_000)).toBe('60.00');
  });

  it('refuses ambiguous amounts with a question instead of a silent ×10 (issue 13)', () => {
    // The input method's comma typed for a point: never 12345.
    expect(wanyuan.parse('1234，5')).toEqual({
      ok: false,
      error:
        '「1234，5」中的逗号不在千分位上，无法确定是多少：如果是小数点，请输入 1234.5；千分位逗号应每三位一个（如 1,234.50）',
    });
    expect(wanyuan.parse('12,34')).toMatchObject({ ok: false, error: expect.stringContaining('请输入 12.34') });
    expect(wanyuan.parse('1,234.5')).toEqual({ ok: true, value: 1_234_500_000 });
    expect(wanyuan.parse('1，234')).toEqual({ ok: true, value: 1_234_000_000 });
    // A point where a thousands separator may have been meant.
    expect(wanyuan.parse('12.345')).toEqual({
      ok: false,
      error:
        '「12.345」有三位小数，无法确定是 12.345 万元还是 12345 万元：万元金额通常填到两位小数；确是 12.345 万元请输入 12.3450',
    });
    expect(wanyuan.parse('12.3450')).toEqual({ ok: true, value: 12_345_000 });
    // "100万" in a 万元 field is 100 万元, said in the field's own unit; other units are refused.
    expect(wanyuan.parse('100万')).toEqual({ ok: true, value: 100_000_000 });
    expect(wanyuan.parse('1亿')).toMatchObject({ ok: false, error: expect.stringContaining('请只填数字') });
    // Display: at least two decimals, never three (so what is shown reads back as the same figure).
    expect(wanyuan.format(12_345_000)).toBe('12.3450');
    expect(wanyuan.parse(wanyuan.format(12_345_000))).toEqual({ ok: true, value: 12_345_000 });
    expect(wanyuan.format(100_000_000)).toBe('100.00');
  });

  it('reads scores, headcounts, areas, dates and the 指标性质', () => {
    expect(score.parse('9.49')).toEqual({ ok: true, value: 949 });
    expect(score.parse('101')).toMatchObject({ ok: false });
    expect(headcount.parse('305人')).toEqual({ ok: true, value: 305 });
    expect(headcount.parse('3.5')).toMatchObject({ ok: false });
    expect(area.parse('98.5㎡')).toEqual({ ok: true, value: 9850 });
    expect(isoDate.parse('2025年5月29日')).toEqual({ ok: true, value: '2025-05-29' });
    expect(isoDate.parse('2025/2/30')).toEqual({ ok: false, error: '2025年2月30日不存在' });
    expect(nature.parse('>=')).toEqual({ ok: true, value: '≥' });
    expect(nature.parse('不高于')).toEqual({ ok: true, value: '≤' });
    expect(nature.parse('大约')).toMatchObject({ ok: false });
    expect(normalizeNumberText('１２３．５ 万', ['万'])).toBe('123.5');
  });
});

describe('pasting from Excel and Word', () => {
  it('splits tab-separated text, with quoted cells holding tabs, line breaks and quotes', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('"line 1\nline 2"\t"say ""hi"""\nx\t')).toEqual([
      ['line 1\nline 2', 'say "hi"'],
      ['x', ''],
    ]);
    expect(parseTsv('"unclosed\tcell')).toEqual([['"unclosed', 'cell']]);
    expect(isCellBlock('just one\r\n')).toBe(false);
    expect(isCellBlock('a\tb')).toBe(true);
  });

  it('writes a block into rows, skipping computed columns, keeping bad cells and naming them', () => {
    const editable = PROJECT_COLUMNS.filter((c): c is EditColumn<Project> => c.kind === 'edit');
    const rows = [newProject()];
    const block = parseTsv('项目甲\t1\t2\t1.5\t否\n项目乙\t3\t3\tabc\t是\textra\tmore');
    const result = pasteBlock(rows, block, { row: 0, col: 0 }, editable, newProject, 2000);
    expect(
      result.rows.map((r) => [r.name, r.initialFen, r.annualFen, r.spentFen, r.addedMidYear, r.lowRateReason]),
    ).toEqual([
      ['项目甲', 1_000_000, 2_000_000, 1_500_000, false, ''],
      ['项目乙', 3_000_000, 3_000_000, null, true, 'extra'],
    ]);
    expect(result.errors).toEqual(['第2行「支出」：「abc」不是数字']);
    expect(result.droppedColumns).toBe(1);
    expect(rows).toHaveLength(1);
  });

  it('keeps only plain text from Word and splits numbered paragraphs into heading and text', () => {
    expect(cleanPastedText('\u3000\u3000第一段\u200b\u00a0文字\r\n\r\n\u3000\u3000第二段\u000b第三段\t末尾  ')).toBe(
      '第一段 文字\n第二段\n第三段 末尾',
    );
    expect(
      paragraphsFromText(
        '2024年以来，全县平稳。\n1.全力保安保稳，守牢安全底线。一是坚决捍卫政治安全。\n三是抓实基层。\n2.队伍建设有待加强\n警保部门民警少。',
      ),
    ).toEqual([
      { heading: '', text: '2024年以来，全县平稳。' },
      { heading: '全力保安保稳，守牢安全底线。', text: '一是坚决捍卫政治安全。' },
      { heading: '', text: '三是抓实基层。' },
      { heading: '队伍建设有待加强', text: '警保部门民警少。' },
    ]);
  });
});

describe('grid keys', () => {
  const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  });
  const input = (value: string, start: number, end = start) => ({
    value,
    selectionStart: start,
    selectionEnd: end,
    tagName: 'INPUT',
    type: 'text',
  });
  const size = { rows: 3, cols: 4 };

  it('leaves a cell with the arrows only at its edge, or when all of it is selected', () => {
    expect(moveTarget(key('ArrowRight'), input('abc', 1), { row: 1, col: 1 }, size)).toBeNull();
    expect(moveTarget(key('ArrowRight'), input('abc', 3), { row: 1, col: 1 }, size)).toEqual({ row: 1, col: 2 });
    expect(moveTarget(key('ArrowLeft'), input('abc', 0, 3), { row: 1, col: 1 }, size)).toEqual({ row: 1, col: 0 });
    expect(moveTarget(key('ArrowUp'), input('abc', 1), { row: 1, col: 1 }, size)).toEqual({ row: 0, col: 1 });
    const textarea = { value: 'a\nb', selectionStart: 3, selectionEnd: 3, tagName: 'TEXTAREA', dataset: {} };
    expect(moveTarget(key('ArrowUp'), textarea, { row: 1, col: 1 }, size)).toBeNull();
    expect(moveTarget(key('ArrowDown'), textarea, { row: 1, col: 1 }, size)).toEqual({ row: 2, col: 1 });
  });

  it('Tab wraps across rows and leaves the grid at its ends; Enter goes down and appends at the end', () => {
    expect(moveTarget(key('Tab'), input('', 0), { row: 0, col: 3 }, size)).toEqual({ row: 1, col: 0 });
    expect(moveTarget(key('Tab', { shiftKey: true }), input('', 0), { row: 1, col: 0 }, size)).toEqual({
      row: 0,
      col: 3,
    });
    expect(moveTarget(key('Tab'), input('', 0), { row: 2, col: 3 }, size)).toBeNull();
    expect(moveTarget(key('Enter'), input('', 0), { row: 0, col: 2 }, size)).toEqual({ row: 1, col: 2 });
    expect(moveTarget(key('Enter'), input('', 0), { row: 2, col: 2 }, size)).toBe('append');
    expect(moveTarget(key('Enter', { shiftKey: true }), input('', 0), { row: 2, col: 2 }, size)).toEqual({
      row: 1,
      col: 2,
    });
    expect(moveTarget(key('ArrowDown', { ctrlKey: true }), input('', 0), { row: 0, col: 0 }, size)).toBeNull();
  });
});

describe('undo steps', () => {
  const edit = (path: string, selfName: string, at: number, merge = true) =>
    ({
      type: 'edit',
      path,
      at,
      recipe: (r: Report) => ({ ...r, selfName }),
      ...(merge ? { mergeKey: path } : {}),
    }) as const;

  it('folds typing in one field into one step, separates other fields and pauses, and reveals on undo', () => {
    let s = initialEditorState(reference());
    s = editorReducer(s, edit('selfName', '本', 0));
    s = editorReducer(s, edit('selfName', '本局', 100));
    expect(s.past).toHaveLength(1);
    s = editorReducer(s, edit('selfName', '本局。', 100 + MERGE_WINDOW_MS + 1));
    expect(s.past).toHaveLength(2);
    s = editorReducer(s, edit('unitName', '本局', 100 + MERGE_WINDOW_MS + 2));
    expect(s.past).toHaveLength(3);
    s = editorReducer(s, { type: 'undo' });
    s = editorReducer(s, { type: 'undo' });
    expect(s.report.selfName).toBe('本局');
    expect(s.reveal?.path).toBe('selfName');
    s = editorReducer(s, { type: 'redo' });
    expect(s.report.selfName).toBe('本局。');
    // A new edit clears what could be redone.
    s = editorReducer(s, edit('selfName', 'x', 99_999, false));
    expect(s.future).toEqual([]);
    const same = editorReducer(s, { type: 'edit', path: 'selfName', at: 1, recipe: (r) => r });
    expect(same).toBe(s);
  });
});

describe('what autosave sends', () => {
  it('drops rows left blank and refuses a named problem with its path', () => {
    const r = reference();
    r.projects.items.push(newProject());
    r.organisation.groups[0]!.units.push('');
    r.duties.push('  ');
    const trimmed = withoutBlankRows(r);
    expect(trimmed.projects.items).toHaveLength(9);
    expect(trimmed.organisation.groups[0]!.units).toHaveLength(7);
    expect(trimmed.duties).toHaveLength(22);
    expect(prepareForSave(r)).toEqual({ ok: true, report: trimmed });

    // A row with a figure but no name is saved (nothing else waits for it); the checks ask for the name.
    r.projects.items.push({ ...newProject(), spentFen: 5 });
    const saved = prepareForSave(r);
    expect(saved.ok && saved.report.projects.items.at(-1)).toMatchObject({ name: '', spentFen: 5 });
    const asked = runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' }).filter((f) => f.code === 'NAME_MISSING');
    expect(asked.map((f) => [f.severity, f.paths[0]?.join('.')])).toEqual([['error', 'projects.items.10.name']]);
  });
});

describe('screens and findings', () => {
  it('maps every finding of the reference to a screen, and gives each screen a state', () => {
    const r = reference();
    const findings = runChecks(r, HUNAN_DEFAULT, { today: '2026-11-26' });
    expect(findings.map((f) => screenForPath(f.paths[0] ?? []))).toEqual([
      'signature',
      'projects',
      'projects',
      'basic',
      'threePublic',
      'problems',
      'staffing',
    ]);
    const statuses = screenStatuses(r, findings, answeredKeys(r.responses));
    expect(statuses.get('signature')).toEqual({ state: 'error', errors: 1, openWarnings: 0 });
    expect(statuses.get('projects')).toEqual({ state: 'progress', errors: 0, openWarnings: 2 });
    expect(statuses.get('duties')?.state).toBe('done');
    // The reference states none of its 附件1 公用经费 rows: not stated, so the screen is still empty.
    expect(statuses.get('baseData')?.state).toBe('empty');
    expect(screenStatuses(emptyReport('某单位', 2025), [], new Set()).get('baseData')?.state).toBe('empty');
    expect(screenForPath('responses.0.explanation')).toBeNull();
  });

  it('keeps a clerk’s answer by finding key and removes an emptied one', () => {
    let list = upsertResponse([], 'A@x', { acknowledged: true });
    list = upsertResponse(list, 'B@y', { explanation: '合同年底结算' });
    expect(list).toEqual([
      { key: 'A@x', explanation: '', acknowledged: true },
      { key: 'B@y', explanation: '合同年底结算', acknowledged: false },
    ]);
    expect(upsertResponse(list, 'A@x', { acknowledged: false })).toEqual([list[1]]);
  });
});
