/**
 * What an import would do, before anything changes: the tables found (with their sheets), each field that will
 * change (old → new), and every problem with its 工作表/行/列. Long lists page; what the server did not send is
 * counted.
 */
import type { ReactNode } from 'react';
import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import type { ImportPreview } from './use-import-flow';

type Change = ImportPreview['changes'][number];
type Problem = ImportPreview['problems'][number] & { key: number };

const PAGE = { pageSize: 15, showSizeChanger: false, hideOnSinglePage: true } as const;

/** The 表格 column only when the workbook held more than one table (the label already names it). */
function changeColumns(titles: ReadonlyMap<string, string>): TableColumnsType<Change> {
  const columns: TableColumnsType<Change> = [
    {
      title: '项目',
      dataIndex: 'label',
      // A new row's figures sit under the row's own line.
      render: (label: string, c: Change) => (c.detail ? <span className="import-detail">{label}</span> : label),
    },
    { title: '原值', dataIndex: 'oldValue', width: 220, className: 'import-old' },
    { title: '', key: 'arrow', width: 36, align: 'center', render: () => '→' },
    { title: '新值', dataIndex: 'newValue', width: 220, className: 'import-new' },
  ];
  if (titles.size < 2) return columns;
  return [{ title: '表格', dataIndex: 'table', width: 130, render: (t: string) => titles.get(t) ?? t }, ...columns];
}

const problemColumns: TableColumnsType<Problem> = [
  {
    title: '级别',
    dataIndex: 'severity',
    width: 70,
    render: (s: Problem['severity']) => (s === 'error' ? <Tag color="red">错误</Tag> : <Tag color="orange">提示</Tag>),
  },
  { title: '工作表', dataIndex: 'sheet', width: 150, render: (s: string) => s || '（整个工作簿）' },
  { title: '行', dataIndex: 'row', width: 64, render: (r: number | null) => r ?? '—' },
  { title: '列', dataIndex: 'column', width: 56, render: (c: string | null) => c ?? '—' },
  { title: '原因', dataIndex: 'reason' },
];

export function ImportPreviewView({ preview, deletionChoice }: { preview: ImportPreview; deletionChoice?: ReactNode }) {
  const titles = new Map(preview.tables.map((t) => [t.kind, t.title]));
  const errors = preview.problems.filter((p) => p.severity === 'error').length;
  const warnings = preview.problems.length - errors;
  const changeTotal = preview.changes.length + preview.moreChanges;
  // What blocks the import comes first; mere notes follow the changes.
  const problemsBlock = (
    <section className="import-block">
      <h3>
        发现的问题（错误{errors}处，提示{warnings}处
        {preview.moreProblems > 0 ? `，另有${preview.moreProblems}处未列出` : ''}）
      </h3>
      {preview.problems.length === 0 ? (
        <Alert type="success" showIcon title="没有发现问题" />
      ) : (
        <div data-testid="import-problems">
          <Table<Problem>
            columns={problemColumns}
            dataSource={preview.problems.map((p, key) => ({ ...p, key }))}
            pagination={PAGE}
            size="small"
            rowClassName={(p) => (p.severity === 'error' ? 'import-problem-error' : '')}
          />
        </div>
      )}
    </section>
  );
  return (
    <div className="import-preview" data-testid="import-preview">
      <section className="import-block">
        <h3>找到的表格</h3>
        <ul className="import-tables">
          {preview.tables.map((t) => (
            <li key={t.kind}>
              <strong>{t.title}</strong>：工作表「{t.sheet}」，
              {t.changeCount > 0 ? `${t.changeCount}项修改` : '与报告相同'}
            </li>
          ))}
        </ul>
      </section>

      {errors > 0 ? problemsBlock : null}
      <section className="import-block">
        <h3>将要修改的内容（共{changeTotal}项）</h3>
        {changeTotal === 0 ? (
          <p className="import-muted">
            {preview.emptyTemplate ? '这是空白模板，不会修改报告。' : '工作簿中的内容与报告相同，没有需要修改的地方。'}
          </p>
        ) : (
          <>
            <div data-testid="import-changes">
              <Table<Change>
                rowKey={(c) => c.path.join('.')}
                columns={changeColumns(titles)}
                dataSource={preview.changes}
                pagination={{ ...PAGE, showTotal: (n) => `列出${n}项` }}
                size="small"
              />
            </div>
            {preview.moreChanges > 0 ? (
              <p className="import-muted">另有{preview.moreChanges}项修改未逐项列出，应用时一并写入。</p>
            ) : null}
          </>
        )}
      </section>

      {preview.deletions.length > 0 ? (
        <section className="import-block" data-testid="import-deletions">
          <h3>
            报告中有而工作簿中没有的行（{preview.deletions.length}行，
            {preview.deletionsApplied ? '应用时将删除' : '将保留'}）
          </h3>
          <Table<Change>
            rowKey={(c) => c.path.join('.')}
            columns={changeColumns(titles)}
            dataSource={preview.deletions}
            pagination={PAGE}
            size="small"
          />
          {deletionChoice}
        </section>
      ) : null}

      {errors > 0 ? null : problemsBlock}
    </div>
  );
}
