/**
 * The preview of a project-table import: each table found (工作表/行, the name it carries), the project it goes to
 * (chosen here for a table whose name is not in the list, or 跳过), its 年度资金总额 against the project row (the row
 * is kept), the projects left without a table, and every problem with 工作表/行/列.
 */
import { Alert, Select, Table, Tag, type TableColumnsType } from 'antd';
import type { Output } from '../../../../shared/api/contract';

export type ProjectTablesPreviewData = Output<'projectTables.preview'>;
type Item = ProjectTablesPreviewData['tables'][number];
type Problem = ProjectTablesPreviewData['problems'][number] & { key: number };

const SKIP = -1;

const HOW: Readonly<Record<string, string>> = { exact: '名称相同', similar: '名称近似，请确认', chosen: '已指定' };

export interface ProjectTablesPreviewProps {
  preview: ProjectTablesPreviewData;
  /** The report's project names, in list order. */
  projects: readonly string[];
  /** The clerk picked a project (its index) or null (跳过) for the table with this key. */
  onChoose: (key: string, project: number | null) => void;
}

const problemColumns: TableColumnsType<Problem> = [
  {
    title: '级别',
    dataIndex: 'severity',
    width: 70,
    render: (s: Problem['severity']) => (s === 'error' ? <Tag color="red">错误</Tag> : <Tag color="orange">提示</Tag>),
  },
  { title: '工作表', dataIndex: 'sheet', width: 160, render: (s: string) => s || '（整个工作簿）' },
  { title: '行', dataIndex: 'row', width: 60, render: (r: number | null) => r ?? '—' },
  { title: '列', dataIndex: 'column', width: 50, render: (c: string | null) => c ?? '—' },
  { title: '原因', dataIndex: 'reason' },
];

export function ProjectTablesPreview({ preview, projects, onChoose }: ProjectTablesPreviewProps) {
  const columns: TableColumnsType<Item> = [
    { title: '位置', key: 'where', width: 170, render: (_: unknown, t: Item) => `${t.sheet} 第${t.row}行` },
    { title: '表中项目名称', dataIndex: 'name', width: 240, render: (n: string) => n || '（未写项目名称）' },
    {
      title: '对应项目',
      key: 'match',
      width: 300,
      render: (_: unknown, t: Item) => (
        <div>
          <Select
            aria-label={`「${t.name}」对应的项目`}
            style={{ width: '100%' }}
            value={t.skipped ? SKIP : (t.match?.index ?? null)}
            placeholder="未找到，请选择项目或跳过"
            onChange={(v: number) => onChoose(t.key, v === SKIP ? null : v)}
            options={[
              ...projects.map((name, i) => ({ value: i, label: `第${i + 1}行 ${name}` })),
              { value: SKIP, label: '跳过这张表' },
            ]}
          />
          {t.match && <div className="project-tables-how">{HOW[t.match.how]}</div>}
        </div>
      ),
    },
    {
      title: '内容',
      key: 'content',
      width: 130,
      render: (_: unknown, t: Item) =>
        t.empty ? <Tag>未填写</Tag> : `${t.indicatorCount}项指标，${t.changeCount}项修改`,
    },
    {
      title: '年度资金总额与项目清单',
      key: 'money',
      render: (_: unknown, t: Item) =>
        t.moneyDifferences.length === 0
          ? t.match
            ? '一致'
            : '—'
          : t.moneyDifferences.map((d) => (
              <div key={d.column}>
                {d.column}：表中{d.table}，清单{d.list}
              </div>
            )),
    },
  ];
  const errors = preview.problems.filter((p) => p.severity === 'error').length;
  const problems = preview.problems.map((p, key) => ({ ...p, key }));
  return (
    <div className="project-tables-preview" data-testid="project-tables-preview">
      {preview.emptyTemplate && (
        <Alert type="info" showIcon title="这是空白模板：表中一项也没有填写，导入不会修改报告" />
      )}
      <h3>找到的项目支出绩效自评表（{preview.tables.length}张）</h3>
      <Table<Item>
        rowKey="key"
        size="small"
        tableLayout="fixed"
        columns={columns}
        dataSource={preview.tables}
        pagination={false}
      />
      <p className="project-tables-note">年度资金总额以项目清单为准：表中不同的数列出供核对，不会导入。</p>
      {preview.projectsWithoutTable.length > 0 && (
        <section>
          <h3>没有导入表格的项目（{preview.projectsWithoutTable.length}个）</h3>
          <ul data-testid="projects-without-table">
            {preview.projectsWithoutTable.map((p) => (
              <li key={p.index}>
                第{p.index + 1}行 {p.name}
                {p.hasTable ? '（已有项目表，保留不变）' : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>
        发现的问题（错误{errors}处，提示{preview.problems.length - errors}处
        {preview.moreProblems > 0 ? `，另有${preview.moreProblems}处未列出` : ''}）
      </h3>
      {problems.length === 0 ? (
        <Alert type="success" showIcon title="没有发现问题" />
      ) : (
        <Table<Problem>
          size="small"
          columns={problemColumns}
          dataSource={problems}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        />
      )}
    </div>
  );
}
