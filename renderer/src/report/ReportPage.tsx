/** One report, read-only: the assembled document beside its check findings. */
import { Button, Spin, Typography } from 'antd';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { useApi } from '../common/use-api';
import { DocumentView } from './DocumentView';
import { FindingsPanel } from './FindingsPanel';

export function ReportPage({ id, onBack }: { id: string; onBack: () => void }) {
  const documentResult = useApi('report.assemble', { id }).result;
  const findingsResult = useApi('report.check', { id }).result;

  return (
    <div className="report-page">
      <div className="report-toolbar">
        <Button onClick={onBack}>← 返回报告列表</Button>
        <Typography.Text type="secondary">
          只读预览。<span className="generated">蓝色文字</span>由填报数据自动生成。
        </Typography.Text>
      </div>
      <div className="report-columns">
        <div className="report-document">
          {documentResult === null ? (
            <Spin description="正在生成报告…" />
          ) : documentResult.ok ? (
            <DocumentView blocks={documentResult.value.blocks} />
          ) : (
            <ApiErrorAlert error={documentResult.error} title="无法生成报告" />
          )}
        </div>
        <aside className="report-findings">
          {findingsResult === null ? (
            <Spin />
          ) : findingsResult.ok ? (
            <FindingsPanel findings={findingsResult.value} />
          ) : (
            <ApiErrorAlert error={findingsResult.error} title="无法审核报告" />
          )}
        </aside>
      </div>
    </div>
  );
}
