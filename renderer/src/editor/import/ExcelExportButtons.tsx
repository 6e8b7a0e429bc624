/**
 * 导出附件Excel (the report's 附件1, 附件2 and project list in the official layout) and 下载空白模板 (the same tables
 * empty, for departments that fill them by hand and import them later). Saved where the clerk chooses.
 */
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { api } from '../../api/client';
import { saveBytes } from '../../common/desktop-files';
import { useErrorDialog } from '../../common/ApiErrorAlert';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Busy = 'xlsx' | 'template' | null;

export function ExcelExportButtons({ id, flush }: { id: string; flush: () => Promise<boolean> }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Busy>(null);

  const failed = useErrorDialog();

  async function download(file: { fileName: string; data: string }) {
    const saved = await saveBytes('excel', file.fileName, file.data, XLSX_TYPE);
    if (saved.done) message.success(`已导出：${saved.fileName ?? file.fileName}`);
    else if (saved.error) failed('未能保存文件', saved.error);
  }

  async function exportTables() {
    setBusy('xlsx');
    try {
      // The export reads the stored report: the clerk's latest typing is saved first.
      if (!(await flush())) {
        failed('未能导出', {
          code: 'not-saved',
          message: '编辑中的内容未能保存（见页面上方的保存状态），请处理后再导出',
        });
        return;
      }
      const r = await api.call('export.xlsx', { id });
      if (r.ok) await download(r.value);
      else failed('未能导出附件Excel', r.error);
    } finally {
      setBusy(null);
    }
  }

  async function exportTemplate() {
    setBusy('template');
    try {
      const stored = await api.call('report.get', { id });
      if (!stored.ok) {
        failed('未能生成空白模板', stored.error);
        return;
      }
      const { year, unitName } = stored.value.report;
      const r = await api.call('export.template', { year, ...(unitName ? { unitName } : {}) });
      if (r.ok) await download(r.value);
      else failed('未能生成空白模板', r.error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space wrap>
      <Button loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void exportTables()}>
        导出附件Excel
      </Button>
      <Button loading={busy === 'template'} disabled={busy !== null} onClick={() => void exportTemplate()}>
        下载空白模板
      </Button>
    </Space>
  );
}
