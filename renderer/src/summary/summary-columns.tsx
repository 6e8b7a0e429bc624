/**
 * The 汇总 table's columns: the workbook's columns (electron/services/summary/summary-workbook.ts), each sortable,
 * the ones a bureau narrows by (年度, 规则包, 等级, 强制, 签发PDF, 重复) filterable. A figure the report does not state
 * shows 未填写 and sorts last.
 */
import { Tag, type TableColumnsType } from 'antd';
import { formatWanyuan } from '../../../shared/calc/money';
import { formatPercent } from '../../../shared/calc/percent';
import { formatScore } from '../../../shared/calc/score';
import type { TableRow } from '../../../shared/summary/summary-table';
import type { SummaryFigures } from '../../../shared/summary/summary-schema';

const NOT_STATED = <span className="summary-not-stated">未填写</span>;

/** Unstated figures after every stated one, whichever way the column is sorted. */
function byFigure(pick: (f: SummaryFigures) => number | null) {
  return (a: TableRow, b: TableRow, order?: 'ascend' | 'descend' | null) => {
    const [x, y] = [pick(a.figures), pick(b.figures)];
    if (x === null || y === null) {
      if (x === y) return 0;
      const last = order === 'descend' ? -1 : 1;
      return x === null ? last : -last;
    }
    return x - y;
  };
}

function filtersOf(rows: readonly TableRow[], pick: (r: TableRow) => string) {
  return [...new Set(rows.map(pick))].sort().map((v) => ({ text: v, value: v }));
}

const money = (pick: (f: SummaryFigures) => number | null) => ({
  align: 'right' as const,
  sorter: byFigure(pick),
  render: (_: unknown, r: TableRow) => {
    const v = pick(r.figures);
    return v === null ? NOT_STATED : formatWanyuan(v, { trim: false });
  },
});

const percent = (pick: (f: SummaryFigures) => number | null) => ({
  align: 'right' as const,
  sorter: byFigure(pick),
  render: (_: unknown, r: TableRow) => {
    const v = pick(r.figures);
    return v === null ? NOT_STATED : formatPercent(v, false);
  },
});

export const PDF_STATE_LABEL: Record<TableRow['pdf']['state'], string> = {
  none: '未提供PDF',
  verified: '签名有效',
  unsigned: '签发版（无签名）',
  notApproved: '不是签发版',
  failed: '核验不通过',
};
const PDF_STATE_COLOR: Record<TableRow['pdf']['state'], string> = {
  none: 'default',
  verified: 'success',
  unsigned: 'processing',
  notApproved: 'warning',
  failed: 'error',
};

export function summaryColumns(rows: readonly TableRow[]): TableColumnsType<TableRow> {
  return [
    {
      title: '单位',
      dataIndex: 'unitName',
      fixed: 'left',
      width: 200,
      sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'),
      render: (name: string, r) => (
        <>
          {name}
          {r.duplicateOf.length > 0 ? (
            <Tag color={r.counted ? 'gold' : 'orange'} className="summary-duplicate" title={r.duplicateOf.join('、')}>
              {r.counted ? '有重复' : '重复，未计入合计'}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: '年度',
      dataIndex: 'year',
      width: 80,
      sorter: (a, b) => a.year - b.year,
      filters: filtersOf(rows, (r) => String(r.year)),
      onFilter: (value, r) => String(r.year) === value,
    },
    {
      title: '规则包',
      key: 'pack',
      width: 130,
      filters: filtersOf(rows, (r) => r.pack.id),
      onFilter: (value, r) => r.pack.id === value,
      render: (_, r) => <span title={`${r.pack.name}（${r.pack.version}）`}>{r.pack.id}</span>,
    },
    { title: '年初预算（万元）', key: 'initial', width: 120, ...money((f) => f.initialFen) },
    { title: '全年预算（万元）', key: 'annual', width: 120, ...money((f) => f.annualFen) },
    { title: '执行数（万元）', key: 'spent', width: 120, ...money((f) => f.spentFen) },
    { title: '执行率', key: 'rate', width: 90, ...percent((f) => f.rateBasis) },
    {
      title: '项目数',
      key: 'projects',
      width: 80,
      align: 'right',
      sorter: byFigure((f) => f.projectCount),
      render: (_, r) => r.figures.projectCount ?? NOT_STATED,
    },
    { title: '“三公”本年（万元）', key: 'threePublic', width: 120, ...money((f) => f.threePublicFen) },
    { title: '“三公”比上年', key: 'threePublicChange', width: 100, ...percent((f) => f.threePublicChangeBasis) },
    {
      title: '自评得分',
      key: 'score',
      width: 90,
      align: 'right',
      sorter: byFigure((f) => f.scoreCenti),
      render: (_, r) => (r.figures.scoreCenti === null ? NOT_STATED : formatScore(r.figures.scoreCenti, false)),
    },
    {
      title: '等级',
      key: 'grade',
      width: 80,
      filters: filtersOf(rows, (r) => r.figures.grade ?? '未填写'),
      onFilter: (value, r) => (r.figures.grade ?? '未填写') === value,
      render: (_, r) => r.figures.grade ?? NOT_STATED,
    },
    {
      title: '强制',
      dataIndex: 'errors',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.errors - b.errors,
      filters: [
        { text: '有强制问题', value: 'yes' },
        { text: '没有强制问题', value: 'no' },
      ],
      onFilter: (value, r) => (value === 'yes' ? r.errors > 0 : r.errors === 0),
      render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : <span className="count-zero">0</span>),
    },
    { title: '提示', dataIndex: 'warnings', width: 70, align: 'right', sorter: (a, b) => a.warnings - b.warnings },
    {
      title: '未说明的提示',
      dataIndex: 'openWarnings',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.openWarnings - b.openWarnings,
    },
    {
      title: '签发PDF',
      key: 'pdf',
      width: 220,
      filters: Object.entries(PDF_STATE_LABEL).map(([value, text]) => ({ text, value })),
      onFilter: (value, r) => r.pdf.state === value,
      render: (_, r) => (
        <span data-pdf-state={r.pdf.state}>
          <Tag color={PDF_STATE_COLOR[r.pdf.state]}>{PDF_STATE_LABEL[r.pdf.state]}</Tag>
          {r.pdf.state === 'none' ? null : <div className="summary-pdf-text">{r.pdf.text}</div>}
        </span>
      ),
    },
    { title: '文件', dataIndex: 'file', width: 200, ellipsis: true },
  ];
}
