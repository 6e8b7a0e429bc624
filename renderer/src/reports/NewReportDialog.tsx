/**
 * 新建报告: a blank report for a unit and year, or next year's report started from an existing one (its structure
 * and wording kept, this year's figures cleared, this year's final accounts becoming "上年决算数").
 */
import { useState } from 'react';
import { Alert, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Output } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../api/client';
import { ApiErrorDetails } from '../common/ApiErrorAlert';

type Summary = Output<'report.list'>[number];
type Stored = Output<'report.create'>;

interface Values {
  mode: 'blank' | 'forward';
  unitName: string;
  year: number;
  sourceId?: string;
}

export function NewReportDialog({
  open,
  reports,
  onClose,
  onCreated,
}: {
  open: boolean;
  reports: readonly Summary[];
  onClose: () => void;
  onCreated: (stored: Stored) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const mode = Form.useWatch('mode', form) ?? 'blank';
  const units = [...new Set(reports.map((r) => r.unitName))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const defaultYear = new Date().getFullYear() - 1;

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    const result =
      values.mode === 'forward' && values.sourceId
        ? await api.call('report.copyForward', { id: values.sourceId, year: values.year })
        : await api.call('report.create', { unitName: values.unitName.trim(), year: values.year });
    setBusy(false);
    if (result.ok) {
      form.resetFields();
      onCreated(result.value);
    } else {
      setError(result.error);
    }
  }

  return (
    <Modal
      open={open}
      title="新建报告"
      okText="创建并打开"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ mode: 'blank', year: defaultYear, unitName: '' }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.sourceId) {
            const source = reports.find((r) => r.id === changed.sourceId);
            if (source) form.setFieldsValue({ year: source.year + 1, unitName: source.unitName });
          }
        }}
      >
        <Form.Item name="mode" label="从哪里开始">
          <Radio.Group>
            <Radio value="blank">空白报告</Radio>
            <Radio value="forward" disabled={reports.length === 0}>
              由已有报告结转（保留机构、职责和文字，清空本年数字）
            </Radio>
          </Radio.Group>
        </Form.Item>
        {mode === 'forward' ? (
          <Form.Item name="sourceId" label="结转自" rules={[{ required: true, message: '请选择上一年度的报告' }]}>
            <Select
              placeholder="选择一份报告"
              options={reports.map((r) => ({ value: r.id, label: `${r.year}年度 · ${r.unitName} · ${r.title}` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="unitName"
            label="单位名称"
            rules={[
              { required: true, whitespace: true, message: '请填写单位名称' },
              { max: 200, message: '单位名称不能超过200字' },
            ]}
          >
            <AutoComplete options={units.map((u) => ({ value: u }))} filterOption>
              <Input placeholder="如 某某县农业农村局" autoFocus />
            </AutoComplete>
          </Form.Item>
        )}
        <Form.Item
          name="year"
          label="评价年度"
          rules={[{ required: true, type: 'number', min: 2000, max: 2100, message: '年度应在2000至2100之间' }]}
          extra="填写被评价的预算年度，如2025年填报的是2024年度的报告。"
        >
          <InputNumber<number> precision={0} controls={false} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      {error ? (
        <Alert type="error" showIcon title={error.message} description={<ApiErrorDetails details={error.details} />} />
      ) : null}
    </Modal>
  );
}
