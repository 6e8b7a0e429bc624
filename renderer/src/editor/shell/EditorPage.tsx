/** Opens one report in the editor: loads it, then hands it to the editor shell. */
import { Button, Result, Spin } from 'antd';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { useApi } from '../../common/use-api';
import { isViewId, type ViewId } from '../screens';
import { EditorShell } from './EditorShell';
import { setInstalledPacks } from '../../../../shared/packs/registry';
import '../editor.css';

export function EditorPage({
  id,
  screen,
  onScreen,
  onBack,
}: {
  id: string;
  screen: string | null;
  onScreen: (view: ViewId) => void;
  onBack: () => void;
}) {
  const { result } = useApi('report.get', { id });
  // The rule packs a finance bureau issued and this computer imported: a report may use one.
  const packs = useApi('settings.rulePacks', {});
  const view: ViewId = isViewId(screen) ? screen : 'info';
  if (result === null || packs.result === null) return <Spin className="page-spin" description="正在打开报告…" />;
  if (packs.result.ok) setInstalledPacks(packs.result.value.filter((p) => !p.builtIn).map((p) => p.pack));
  if (!result.ok) {
    return (
      <div className="page-card">
        <ApiErrorAlert error={result.error} title="无法打开这份报告" />
        <Result
          status="warning"
          title="报告未能打开"
          extra={
            <Button type="primary" onClick={onBack}>
              返回报告列表
            </Button>
          }
        />
      </div>
    );
  }
  return <EditorShell key={id} stored={result.value} view={view} onView={onScreen} onBack={onBack} />;
}
