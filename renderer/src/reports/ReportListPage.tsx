/** 报告列表: every report in the database with its state and how many check findings it has. */
import { Button, Card, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Output } from '../../../shared/api/contract';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { useApi } from '../common/use-api';
import { ImportButton } from './ImportButton';
import { STATUS_LABEL } from './status-labels';

type ReportSummary = Output<'report.list'>[number];

function countTag(count: number, color: string) {
  return count === 0 ? <span className="count-zero">0</span> : <Tag color={color}>{count}</Tag>;
}

export function ReportListPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { result, reload } = useApi('report.list', {});

  const columns: TableColumnsType<ReportSummary> = [
    { title: '单位', dataIndex: 'unitName', key: 'unitName' },
    { title: '年度', dataIndex: 'year', key: 'year', width: 90, align: 'center' },
    {
      title: '标题',
      dataIndex: 'title',
      key: 'title',
      render: (title: string, row) => (
        <Button type="link" className="title-link" onClick={() => onOpen(row.id)}>
          {title}
        </Button>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      width: 100,
      align: 'center',
      render: (status: ReportSummary['status']) => (
        <Tag color={STATUS_LABEL[status].color}>{STATUS_LABEL[status].text}</Tag>
      ),
    },
    {
      title: '最后修改',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 170,
      render: (updatedAt: string) => dayjs(updatedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '强制',
      dataIndex: 'errorCount',
      key: 'errorCount',
      width: 80,
      align: 'center',
      render: (n: number) => countTag(n, 'error'),
    },
    {
      title: '提示',
      dataIndex: 'warningCount',
      key: 'warningCount',
      width: 80,
      align: 'center',
      render: (n: number) => countTag(n, 'warning'),
    },
  ];

  return (
    <Card
      title={<Typography.Text strong>报告列表</Typography.Text>}
      extra={<ImportButton onImported={reload} />}
      className="page-card"
    >
      {result && !result.ok ? (
        <ApiErrorAlert error={result.error} title="无法读取报告列表" />
      ) : (
        <Table<ReportSummary>
          rowKey="id"
          columns={columns}
          dataSource={result?.ok ? result.value : []}
          loading={result === null}
          pagination={false}
          onRow={(row) => ({ onClick: () => onOpen(row.id), className: 'clickable-row' })}
          locale={{ emptyText: <Empty description="还没有报告。点击右上角“导入报告文件”开始。" /> }}
        />
      )}
    </Card>
  );
}
