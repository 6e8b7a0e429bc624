/**
 * 版式: the PDF follows GB/T 9704-2012 unless the unit sets its house variant (margins, type grid, sizes). The
 * values are kept in the database (they travel with backups); 恢复国家标准 removes them.
 */
import { useState } from 'react';
import { App, Button, Form, InputNumber, Modal, Tag } from 'antd';
import type { ApiError } from '../../../../shared/api/result';
import { GBT9704_HOUSE_LAYOUT, type HouseLayout } from '../../../../shared/pdf/house-layout';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../common/ApiErrorAlert';
import { useApi } from '../../common/use-api';

const S = GBT9704_HOUSE_LAYOUT;

const FIELDS: { name: (string | number)[]; label: string; unit: string; standard: number; step?: number }[] = [
  { name: ['marginsMm', 'top'], label: '上边距（天头）', unit: '毫米', standard: S.marginsMm.top },
  { name: ['marginsMm', 'bottom'], label: '下边距', unit: '毫米', standard: S.marginsMm.bottom },
  { name: ['marginsMm', 'left'], label: '左边距（订口）', unit: '毫米', standard: S.marginsMm.left },
  { name: ['marginsMm', 'right'], label: '右边距（切口）', unit: '毫米', standard: S.marginsMm.right },
  { name: ['bodyFontPt'], label: '正文字号', unit: '磅', standard: S.bodyFontPt, step: 0.5 },
  { name: ['linesPerPage'], label: '每页行数', unit: '行', standard: S.linesPerPage },
  { name: ['charsPerLine'], label: '每行字数', unit: '字', standard: S.charsPerLine },
  { name: ['titleFontPt'], label: '标题字号', unit: '磅', standard: S.titleFontPt, step: 0.5 },
  { name: ['pageNumberFontPt'], label: '页码字号', unit: '磅', standard: S.pageNumberFontPt, step: 0.5 },
];

export function LayoutSettings({ disabled }: { disabled: boolean }) {
  const { message } = App.useApp();
  const { result, reload } = useApi('settings.pdfLayout', {});
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<HouseLayout>();
  const state = result?.ok ? result.value : null;

  async function save(layout: HouseLayout | null) {
    setSaving(true);
    setError(null);
    const r = await api.call('settings.setPdfLayout', { layout });
    setSaving(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    reload();
    setOpen(false);
    message.success(layout ? '已保存本单位版式，下次生成PDF时使用' : '已恢复国家标准版式（GB/T 9704）');
  }

  return (
    <>
      <Tag color={state && !state.isStandard ? 'orange' : 'default'} className="pdf-layout-tag">
        {state && !state.isStandard ? '本单位版式' : '国家标准版式'}
      </Tag>
      <Button
        size="small"
        disabled={disabled || !state}
        onClick={() => {
          if (state) form.setFieldsValue(state.layout);
          setError(null);
          setOpen(true);
        }}
      >
        版式设置…
      </Button>
      <Modal
        open={open}
        title="PDF版式（默认按 GB/T 9704-2012）"
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="standard" onClick={() => void save(null)} disabled={saving}>
            恢复国家标准
          </Button>,
          <Button key="cancel" onClick={() => setOpen(false)}>
            取消
          </Button>,
          <Button key="save" type="primary" loading={saving} onClick={() => void form.validateFields().then(save)}>
            保存
          </Button>,
        ]}
      >
        {error ? <ApiErrorAlert error={error} title="版式未保存" /> : null}
        <Form form={form} layout="horizontal" labelCol={{ span: 9 }} className="pdf-layout-form">
          {FIELDS.map((f) => (
            <Form.Item
              key={f.name.join('.')}
              name={f.name}
              label={f.label}
              extra={`国家标准：${f.standard}${f.unit}`}
              rules={[{ required: true, message: `请填写${f.label}` }]}
            >
              <InputNumber aria-label={f.label} step={f.step ?? 1} suffix={f.unit} style={{ width: 160 }} />
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
