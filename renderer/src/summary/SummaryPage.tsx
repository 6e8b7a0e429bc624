/**
 * 汇总: the finance bureau picks many departments' report files (and the signed PDFs sent with them) and sees one
 * table of all of them, sortable and filterable, with totals; it exports the print-ready workbook and the chart.
 * Each file goes to the backend on its own (summary.file, bytes in, never a path), so a bad file is one line in
 * the list of unreadable files and never stops the rest; the table, duplicates and totals are the same pure
 * code as `selfeval summary` (shared/summary/summary-table.ts).
 */
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Alert, App, Button, Input, Progress, Select, Space, Table, Typography } from 'antd';
import { formatWanyuan } from '../../../shared/calc/money';
import { formatPercent } from '../../../shared/calc/percent';
import { BUILTIN_PACKS } from '../../../shared/packs/registry';
import { useApi } from '../common/use-api';
import type { FileSummary } from '../../../shared/summary/summary-schema';
import { buildSummaryTable, type Total } from '../../../shared/summary/summary-table';
import { api } from '../api/client';
import { base64ToBytes, fileToBase64, saveBytes } from '../common/desktop-files';
import { downloadBlob, downloadText } from '../common/download';
import { pairFiles, type ReportPick } from './pair-files';
import { summaryColumns } from './summary-columns';
import './summary.css';

/** The contract's limits, checked here to answer at once. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;
const MAX_PDF_BYTES = 15 * 1024 * 1024;

async function summarize(pick: ReportPick<File>, packId: string | null): Promise<FileSummary> {
  const name = pick.report.name;
  const unreadable = (reason: string, details: string[] = []): FileSummary => ({
    kind: 'unreadable',
    unreadable: { file: name, reason, details },
  });
  if (pick.report.size > MAX_REPORT_BYTES) return unreadable('文件过大（超过20MB），不是有效的报告文件');
  if (pick.pdf && pick.pdf.size > MAX_PDF_BYTES) return unreadable(`报告旁的PDF ${pick.pdf.name} 过大（超过15 MB）`);
  const result = await api.call('summary.file', {
    name,
    content: await pick.report.text(),
    ...(pick.pdf ? { pdf: { name: pick.pdf.name, data: await fileToBase64(pick.pdf) } } : {}),
    ...(packId ? { packId } : {}),
  });
  return result.ok ? result.value : unreadable(result.error.message, result.error.details ?? []);
}

const totalText = (t: Total, format: (v: number) => string) =>
  t.value === null ? '—' : `${format(t.value)}（${t.units}个单位）`;

export function SummaryPage() {
  const { message, modal } = App.useApp();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [outcomes, setOutcomes] = useState<FileSummary[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [packId, setPackId] = useState<string | null>(null);
  const [unitFilter, setUnitFilter] = useState('');
  const [exporting, setExporting] = useState<'xlsx' | 'chart' | null>(null);
  const [chart, setChart] = useState<string | null>(null);
  // Built-in packs and those a finance bureau issued and this computer imported (基本信息 → 导入规则包).
  const packList = useApi('settings.rulePacks', {});
  const packs = packList.result?.ok ? packList.result.value.map((e) => e.pack) : BUILTIN_PACKS;

  const picked = useMemo(() => pairFiles(files), [files]);
  const table = useMemo(() => buildSummaryTable(outcomes), [outcomes]);
  const columns = useMemo(() => summaryColumns(table.rows), [table.rows]);
  // The search narrows the rows shown; totals stay those of every file picked.
  const shownRows = useMemo(
    () => (unitFilter ? table.rows.filter((r) => r.unitName.includes(unitFilter.trim())) : table.rows),
    [table.rows, unitFilter],
  );

  async function run(all: File[], pack: string | null): Promise<void> {
    const { reports } = pairFiles(all);
    setChart(null);
    setProgress({ done: 0, total: reports.length });
    const results: FileSummary[] = [];
    for (const pick of reports) {
      results.push(await summarize(pick, pack));
      setProgress({ done: results.length, total: reports.length });
    }
    setOutcomes(results);
    setProgress(null);
  }

  function onPick(event: ChangeEvent<HTMLInputElement>): void {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0) return;
    const names = new Set(chosen.map((f) => f.name));
    const all = [...files.filter((f) => !names.has(f.name)), ...chosen];
    setFiles(all);
    void run(all, packId);
  }

  async function exportFiles(what: 'xlsx' | 'chart'): Promise<void> {
    setExporting(what);
    try {
      const r = await api.call('summary.export', { files: outcomes });
      if (!r.ok) {
        modal.error({ title: '导出失败', content: r.error.message });
        return;
      }
      setChart(r.value.png.base64);
      if (what === 'xlsx') {
        const saved = await saveBytes(
          'excel',
          r.value.xlsx.fileName,
          r.value.xlsx.base64,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        if (saved.done) message.success(`已导出：${saved.fileName ?? r.value.xlsx.fileName}`);
        else if (saved.error) modal.error({ title: '导出失败', content: saved.error.message });
      } else {
        downloadBlob(r.value.png.fileName, new Blob([base64ToBytes(r.value.png.base64)], { type: 'image/png' }));
        downloadText(r.value.svg.fileName, r.value.svg.content, 'image/svg+xml');
      }
    } finally {
      setExporting(null);
    }
  }

  const t = table.totals;
  const wan = (v: number) => formatWanyuan(v, { trim: false });
  const pct = (v: number) => formatPercent(v, false);
  // Under the columns from 年初预算 to 未说明的提示 (得分 and 等级 have no total).
  const totalCells = [
    totalText(t.initialFen, wan),
    totalText(t.annualFen, wan),
    totalText(t.spentFen, wan),
    totalText(t.rateBasis, pct),
    totalText(t.projectCount, String),
    totalText(t.threePublicFen, wan),
    totalText(t.threePublicChangeBasis, pct),
    '',
    '',
    t.errors,
    t.warnings,
    t.openWarnings,
  ];
  return (
    <div className="page-card summary-page">
      <h2>汇总</h2>
      <p>
        选择各单位报送的报告文件（.selfeval.json，可一次选多个）；签发的PDF与报告文件同名（如“某某局2024.pdf”）时一并选择，
        会在不用数据库的情况下核验。表中“未填写”表示报告没有写这个数（不是0），合计只加填写了的数。
      </p>
      <Space wrap className="summary-toolbar">
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".json,.pdf,application/json,application/pdf"
          className="visually-hidden"
          data-testid="summary-file-input"
          aria-label="选择报告文件和PDF"
          onChange={onPick}
        />
        <Button type="primary" onClick={() => inputRef.current?.click()} loading={progress !== null}>
          选择报告文件和PDF
        </Button>
        <Select
          className="summary-pack"
          value={packId ?? ''}
          onChange={(value: string) => {
            const next = value || null;
            setPackId(next);
            if (files.length > 0) void run(files, next);
          }}
          options={[
            { value: '', label: '按各报告自己的规则包审核' },
            ...packs.map((p) => ({ value: p.id, label: `按 ${p.name}（${p.issuer}，版本${p.version}）审核` })),
          ]}
          aria-label="规则包"
        />
        <Input.Search
          allowClear
          placeholder="按单位名称筛选"
          className="summary-unit-filter"
          onSearch={setUnitFilter}
          onChange={(e) => {
            if (!e.target.value) setUnitFilter('');
          }}
        />
        <Button
          disabled={table.rows.length === 0}
          loading={exporting === 'xlsx'}
          onClick={() => void exportFiles('xlsx')}
        >
          导出汇总表（Excel）
        </Button>
        <Button
          disabled={table.rows.length === 0}
          loading={exporting === 'chart'}
          onClick={() => void exportFiles('chart')}
        >
          下载图表（PNG、SVG）
        </Button>
        {files.length > 0 ? (
          <Button
            onClick={() => {
              setFiles([]);
              setOutcomes([]);
              setChart(null);
            }}
          >
            清空
          </Button>
        ) : null}
      </Space>
      {progress ? (
        <Progress
          percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
          format={() => `${progress.done}/${progress.total}`}
        />
      ) : null}
      {picked.strayPdfs.length + picked.others.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="summary-alert"
          title="以下文件未汇总"
          description={[
            ...picked.strayPdfs.map((f) => `${f.name}：没有同名的报告文件`),
            ...picked.others.map((f) => `${f.name}：不是报告文件或PDF`),
          ].join('；')}
        />
      ) : null}
      {table.duplicates.map((d) => (
        <Alert
          key={`${d.unitName}|${d.year}`}
          type="warning"
          showIcon
          className="summary-alert"
          data-testid="summary-duplicate"
          title={`重复：${d.unitName} ${d.year}年度 有 ${d.files.length} 份报告（只有第一份计入合计）`}
          description={d.files.join('、')}
        />
      ))}
      {table.rows.length > 0 || outcomes.length > 0 ? (
        <Table
          className="summary-table"
          data-testid="summary-table"
          size="small"
          bordered
          rowKey="file"
          dataSource={shownRows}
          columns={columns}
          pagination={false}
          scroll={{ x: 2200 }}
          rowClassName={(r) => (r.duplicateOf.length > 0 ? 'summary-row-duplicate' : '')}
          summary={() => (
            <Table.Summary fixed>
              <Table.Summary.Row className="summary-totals" data-testid="summary-totals">
                <Table.Summary.Cell index={0} colSpan={3}>
                  合计（{t.units}个单位{table.rows.length > t.units ? '，重复的报告不计' : ''}）
                </Table.Summary.Cell>
                {totalCells.map((text, i) => (
                  <Table.Summary.Cell key={i} index={3 + i} align="right">
                    {text}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={15} colSpan={2} />
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
      ) : null}
      {table.unreadable.length > 0 ? (
        <div className="summary-unreadable" data-testid="summary-unreadable">
          <Typography.Title level={5}>无法读取的文件（{table.unreadable.length}个）</Typography.Title>
          <ul>
            {table.unreadable.map((u) => (
              <li key={u.file}>
                <b>{u.file}</b>：{u.reason}
                {u.details.length > 0 ? (
                  <ul>
                    {u.details.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {chart ? (
        <img
          className="summary-chart"
          data-testid="summary-chart"
          alt="各单位预算执行率与自评得分"
          src={`data:image/png;base64,${chart}`}
        />
      ) : null}
    </div>
  );
}
