/**
 * 报告列表: every report in the file by unit and year, with its state, last change and open findings. New, open,
 * rename, export, delete into the 回收站 (and restore from it), and import of the one-file format.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { App, Button, Card, Empty, Space, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../shared/api/contract';
import { api } from '../api/client';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { useApi } from '../common/use-api';
import { exportReportFile } from '../common/export-report';
import { ImportButton } from './ImportButton';
import { NewReportDialog } from './NewReportDialog';
import { RenameDialog } from './RenameDialog';
import { STATUS_LABEL } from './status-labels';
import { OperatorName } from './OperatorName';

type ReportSummary = Output<'report.list'>[number];

function countTag(count: number, color: string) {
  return count === 0 ? <span className="count-zero">0</span> : <Tag color={color}>{count}</Tag>;
}

/** By unit, then newest year first: a unit's reports stand together. */
function byUnitAndYear(a: ReportSummary, b: ReportSummary): number {
  return a.unitName.localeCompare(b.unitName, 'zh-CN') || b.year - a.year || b.updatedAt.localeCompare(a.updatedAt);
}

export function ReportsHomePage({
  tab,
  onTab,
  onOpen,
}: {
  tab: 'reports' | 'bin';
  onTab: (tab: 'reports' | 'bin') => void;
  onOpen: (id: string) => void;
}) {
  const { message, modal } = App.useApp();
  const active = useApi('report.list', {});
  const bin = useApi('report.list', { deleted: true });
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const reports = useMemo(
    () => (active.result?.ok ? [...active.result.value].sort(byUnitAndYear) : []),
    [active.result],
  );
  const deleted = bin.result?.ok ? bin.result.value : [];

  const reloadAll = () => {
    active.reload();
    bin.reload();
  };

  async function doExport(row: ReportSummary) {
    const r = await exportReportFile(row.id);
    if (r.ok) message.success(`已导出：${r.fileName}`);
    else modal.error({ title: '导出失败', content: r.error.message });
  }

  function doDelete(row: ReportSummary) {
    modal.confirm({
      title: `把“${row.title}”移到回收站？`,
      content: '报告及其修订记录都会保留，可以在“回收站”中恢复。',
      okText: '移到回收站',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const r = await api.call('report.delete', { id: row.id });
        if (r.ok) {
          message.success('已移到回收站');
          reloadAll();
        } else modal.error({ title: '删除失败', content: r.error.message });
      },
    });
  }

  async function doRestore(row: ReportSummary) {
    const r = await api.call('report.restore', { id: row.id });
    if (r.ok) {
      message.success(`已恢复：${row.title}`);
      reloadAll();
    } else modal.error({ title: '恢复失败', content: r.error.message });
  }

  const stop = (fn: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn();
  };

  const common: TableColumnsType<ReportSummary> = [
    { title: '单位', dataIndex: 'unitName', key: 'unitName', width: 230 },
    { title: '年度', dataIndex: 'year', key: 'year', width: 80, align: 'center' },
    {
      title: '标题',
      dataIndex: 'title',
      key: 'title',
      render: (title: string, row) =>
        tab === 'reports' ? (
          <Button type="link" className="title-link" onClick={stop(() => onOpen(row.id))}>
            {title}
          </Button>
        ) : (
          title
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 80,
      align: 'center',
      render: (status: ReportSummary['status']) => (
        <Tag color={STATUS_LABEL[status].color}>{STATUS_LABEL[status].text}</Tag>
      ),
    },
    {
      title: '最后修改',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 150,
      render: (updatedAt: string) => dayjs(updatedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '强制',
      dataIndex: 'errorCount',
      key: 'errorCount',
      width: 64,
      align: 'center',
      render: (n: number) => countTag(n, 'error'),
    },
    {
      title: '提示',
      dataIndex: 'warningCount',
      key: 'warningCount',
      width: 64,
      align: 'center',
      render: (n: number) => countTag(n, 'warning'),
    },
  ];

  const activeColumns: TableColumnsType<ReportSummary> = [
    ...common,
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_: unknown, row) => (
        <Space size={4} wrap>
          <Button size="small" type="primary" onClick={stop(() => onOpen(row.id))}>
            打开
          </Button>
          <Button size="small" onClick={stop(() => setRenaming({ id: row.id, title: row.title }))}>
            重命名
          </Button>
          <Button size="small" onClick={stop(() => void doExport(row))}>
            导出
          </Button>
          <Button size="small" danger onClick={stop(() => doDelete(row))}>
            删除
          </Button>
        </Space>
      ),
    },
  ];

  const binColumns: TableColumnsType<ReportSummary> = [
    ...common,
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_: unknown, row) => (
        <Button size="small" onClick={() => void doRestore(row)}>
          恢复
        </Button>
      ),
    },
  ];

  const list = (
    <>
      {active.result && !active.result.ok ? (
        <ApiErrorAlert error={active.result.error} title="无法读取报告列表" />
      ) : (
        <Table<ReportSummary>
          rowKey="id"
          columns={activeColumns}
          dataSource={reports}
          loading={active.result === null}
          pagination={false}
          onRow={(row) => ({ onClick: () => onOpen(row.id), className: 'clickable-row' })}
          locale={{ emptyText: <Empty description="还没有报告。点击“新建报告”开始填写，或“导入报告文件”。" /> }}
        />
      )}
    </>
  );

  const recycle = (
    <>
      {bin.result && !bin.result.ok ? (
        <ApiErrorAlert error={bin.result.error} title="无法读取回收站" />
      ) : (
        <Table<ReportSummary>
          rowKey="id"
          columns={binColumns}
          dataSource={deleted}
          loading={bin.result === null}
          pagination={false}
          rowClassName={() => 'bin-row'}
          locale={{ emptyText: <Empty description="回收站是空的" /> }}
        />
      )}
    </>
  );

  return (
    <Card
      title={<span className="page-card-title">报告列表</span>}
      extra={
        <Space>
          <Button type="primary" onClick={() => setCreating(true)}>
            新建报告
          </Button>
          <ImportButton onImported={reloadAll} />
        </Space>
      }
      className="page-card"
    >
      <OperatorName />
      <Tabs
        activeKey={tab}
        onChange={(k) => onTab(k === 'bin' ? 'bin' : 'reports')}
        items={[
          { key: 'reports', label: `全部报告（${reports.length}）`, children: list },
          { key: 'bin', label: `回收站（${deleted.length}）`, children: recycle },
        ]}
      />
      <NewReportDialog
        open={creating}
        reports={reports}
        onClose={() => setCreating(false)}
        onCreated={(stored) => {
          setCreating(false);
          message.success(`已创建：${stored.title}`);
          onOpen(stored.id);
        }}
      />
      <RenameDialog
        target={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={() => {
          setRenaming(null);
          message.success('已重命名');
          active.reload();
        }}
      />
    </Card>
  );
}
