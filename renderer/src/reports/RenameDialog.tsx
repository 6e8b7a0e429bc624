/** 重命名: the report's title in the list (the report text itself keeps its own title). */
import { useState } from 'react';
import { Alert, Input, Modal } from 'antd';
import { api } from '../api/client';

interface Target {
  id: string;
  title: string;
}

export function RenameDialog({
  target,
  onClose,
  onRenamed,
}: {
  target: Target | null;
  onClose: () => void;
  onRenamed: () => void;
}) {
  // A fresh form per report: the title field starts from that report's title.
  return target ? <RenameForm key={target.id} target={target} onClose={onClose} onRenamed={onRenamed} /> : null;
}

function RenameForm({ target, onClose, onRenamed }: { target: Target; onClose: () => void; onRenamed: () => void }) {
  const [title, setTitle] = useState(target.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!title.trim()) {
      setError('请填写报告标题');
      return;
    }
    setBusy(true);
    const r = await api.call('report.rename', { id: target.id, title });
    setBusy(false);
    if (r.ok) onRenamed();
    else setError(r.error.message);
  }

  return (
    <Modal
      open
      title="重命名报告"
      okText="保存"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <label className="form-label" htmlFor="rename-title">
        报告标题（只用于报告列表）
      </label>
      <Input
        id="rename-title"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        onPressEnter={() => void submit()}
        autoFocus
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
