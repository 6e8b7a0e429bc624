/**
 * 项目支出绩效自评表 in Excel, self-contained for the screens that host it: 导出全部项目表, 下载项目表模板 (one sheet per
 * project of the list, or a single blank sheet) and 导入项目表… — read the workbook, show the preview (which table goes
 * to which project; the clerk picks a project for an unmatched table or skips it), then apply against the revision
 * previewed. The host saves the editor's pending typing before and reloads the report after (`onApplied`).
 */
import { useRef, useState } from 'react';
import { App, Button, Modal, Space } from 'antd';
import { api } from '../../api/client';
import { saveBytes } from '../../common/desktop-files';
import { useErrorDialog } from '../../common/ApiErrorAlert';
import { readWorkbookFile, type PickedWorkbook } from '../../editor/import/workbook-file';
import { ProjectTablesPreview, type ProjectTablesPreviewData } from './ProjectTablesPreview';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ProjectTablesExcelProps {
  reportId: string;
  /** Saves the editor's pending typing (export and import read the stored report); false when it could not. */
  flush?: () => Promise<boolean>;
  /** After a successful import: the new revision and its history line. */
  onApplied?: (result: { revision: number; summary: string; changeCount: number }) => void;
}

type Busy = 'export' | 'template' | 'single' | 'preview' | 'apply' | null;

interface Pending {
  workbook: PickedWorkbook;
  preview: ProjectTablesPreviewData;
  choices: Record<string, number | null>;
  projects: string[];
}

export function ProjectTablesExcel({ reportId, flush, onApplied }: ProjectTablesExcelProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Busy>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const failed = useErrorDialog();

  async function run(what: Busy, task: () => Promise<void>) {
    setBusy(what);
    try {
      if (flush && !(await flush())) {
        failed('未能保存', {
          code: 'not-saved',
          message: '编辑中的内容未能保存（见页面上方的保存状态），请处理后再试',
        });
        return;
      }
      await task();
    } finally {
      setBusy(null);
    }
  }

  const save = (file: { fileName: string; data: string }) =>
    saveBytes('excel', file.fileName, file.data, XLSX_TYPE).then((saved) => {
      if (saved.done) message.success(`已导出：${saved.fileName ?? file.fileName}`);
      else if (saved.error) failed('未能保存文件', saved.error);
    });

  const exportAll = () =>
    run('export', async () => {
      const r = await api.call('projectTables.export', { id: reportId });
      if (r.ok) await save(r.value);
      else failed('未能导出项目支出绩效自评表', r.error);
    });

  const template = (single: boolean) =>
    run(single ? 'single' : 'template', async () => {
      const r = await api.call('projectTables.template', { id: reportId, single });
      if (r.ok) await save(r.value);
      else failed('未能生成空白模板', r.error);
    });

  const assignments = (choices: Record<string, number | null>) =>
    Object.entries(choices).map(([key, project]) => ({ key, project }));

  async function preview(workbook: PickedWorkbook, choices: Record<string, number | null>) {
    const [r, stored] = await Promise.all([
      api.call('projectTables.preview', {
        id: reportId,
        fileName: workbook.fileName,
        data: workbook.data,
        assignments: assignments(choices),
      }),
      api.call('report.get', { id: reportId }),
    ]);
    if (!r.ok) return failed('未能读取工作簿', r.error);
    if (!stored.ok) return failed('未能读取报告', stored.error);
    setPending({
      workbook,
      preview: r.value,
      choices,
      projects: stored.value.report.projects.items.map((p) => p.name),
    });
  }

  const picked = (file: File | undefined) =>
    run('preview', async () => {
      if (!file) return;
      const read = await readWorkbookFile(file);
      if (!read) return;
      if (!read.ok) return failed('未能读取文件', read.error);
      await preview(read.workbook, {});
    });

  const choose = (key: string, project: number | null) =>
    run('preview', async () => {
      if (pending) await preview(pending.workbook, { ...pending.choices, [key]: project });
    });

  const apply = () =>
    run('apply', async () => {
      if (!pending) return;
      const r = await api.call('projectTables.apply', {
        id: reportId,
        baseRevision: pending.preview.revision,
        fileName: pending.workbook.fileName,
        data: pending.workbook.data,
        assignments: assignments(pending.choices),
      });
      if (!r.ok) return failed('未能导入', r.error);
      setPending(null);
      message.success(r.value.changeCount > 0 ? r.value.summary : '没有需要修改的内容');
      onApplied?.(r.value);
    });

  return (
    <>
      <Space wrap>
        <Button loading={busy === 'export'} disabled={busy !== null} onClick={() => void exportAll()}>
          导出全部项目表
        </Button>
        <Button loading={busy === 'template'} disabled={busy !== null} onClick={() => void template(false)}>
          下载项目表模板（每个项目一张）
        </Button>
        <Button loading={busy === 'single'} disabled={busy !== null} onClick={() => void template(true)}>
          下载单张项目表模板
        </Button>
        <Button
          type="primary"
          loading={busy === 'preview' && !pending}
          disabled={busy !== null}
          onClick={() => input.current?.click()}
        >
          导入项目表…
        </Button>
      </Space>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm"
        hidden
        data-testid="project-tables-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          void picked(file);
        }}
      />
      <Modal
        open={pending !== null}
        title={`导入项目支出绩效自评表：${pending?.workbook.fileName ?? ''}`}
        width={1180}
        onCancel={() => setPending(null)}
        footer={[
          <Button key="cancel" onClick={() => setPending(null)}>
            取消
          </Button>,
          <Button
            key="apply"
            type="primary"
            loading={busy === 'apply'}
            disabled={!pending?.preview.canApply || busy !== null}
            onClick={() => void apply()}
          >
            应用导入
          </Button>,
        ]}
      >
        {pending && <ProjectTablesPreview preview={pending.preview} projects={pending.projects} onChoose={choose} />}
      </Modal>
    </>
  );
}
