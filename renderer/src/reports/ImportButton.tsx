/**
 * 导入报告文件: the clerk picks a .selfeval.json file; its text goes to report.importFile (bytes in, never a path).
 * A refused file is explained in a dialog listing each problem with its field.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { App, Button } from 'antd';
import type { Output } from '../../../shared/api/contract';
import { api } from '../api/client';
import { ApiErrorDetails } from '../common/ApiErrorAlert';

/** Same limit as the contract's report.importFile input (20 MB of text); checked here to answer at once. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function ImportButton({ onImported }: { onImported: (stored: Output<'report.importFile'>) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { message, modal } = App.useApp();

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      modal.error({ title: '无法导入', content: `文件“${file.name}”超过20MB，不是有效的报告文件` });
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('report.importFile', { content: await file.text() });
      if (result.ok) {
        message.success(`已导入：${result.value.title}`);
        onImported(result.value);
      } else {
        modal.error({
          title: `无法导入“${file.name}”`,
          width: 560,
          content: (
            <>
              <p>{result.error.message}</p>
              <ApiErrorDetails details={result.error.details} />
            </>
          ),
        });
      }
    } finally {
      setBusy(false);
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) void importFile(file);
  }

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        data-testid="import-file-input"
        aria-label="选择报告文件"
        onChange={onChange}
      />
      <Button type="primary" loading={busy} onClick={() => inputRef.current?.click()}>
        导入报告文件
      </Button>
    </>
  );
}
