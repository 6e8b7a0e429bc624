/**
 * 导出Word: the report as an editable .docx (the same content and layout as the PDF), for the bureau that asks for
 * the "电子版". Saves the latest changes first, then saves the file where the clerk chooses (the native dialog in the
 * desktop app, a download in a browser). Every outcome is said: saved where, or why not.
 */
import { useState } from 'react';
import { App, Button, Tooltip } from 'antd';
import { api } from '../../api/client';
import { saveBytes } from '../../common/desktop-files';
import { useErrorDialog } from '../../common/ApiErrorAlert';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function WordExportButton({
  id,
  flush,
  disabled,
}: {
  id: string;
  flush: () => Promise<boolean>;
  disabled?: boolean;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const failed = useErrorDialog();

  async function exportWord() {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await flush())) {
        failed('Word文档未导出', {
          code: 'not-saved',
          message: '最新的修改未能保存，Word文档未导出：请先按页面上方的提示处理保存问题，再导出。',
        });
        return;
      }
      const result = await api.call('export.docx', { id });
      if (!result.ok) {
        failed('Word文档未能生成', result.error);
        return;
      }
      const saved = await saveBytes('word', result.value.fileName, result.value.base64, DOCX_TYPE);
      if (saved.done) message.success(`已导出：${saved.fileName ?? result.value.fileName}`);
      else if (saved.error) failed('未能保存Word文档', saved.error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Tooltip title="可编辑的Word文档（.docx），内容和版式同PDF；字体按仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体设置，本机没有时Word/WPS换用相近字体">
      <Button onClick={() => void exportWord()} loading={busy} disabled={disabled} data-action="export-docx">
        导出Word
      </Button>
    </Tooltip>
  );
}
