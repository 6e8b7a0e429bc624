/**
 * Who is working: asked once on the report list (not in a dialog that stands in the way), kept on this computer,
 * and recorded as 操作人 in the audit log instead of the computer's login name ("root", "Administrator").
 */
import { useState } from 'react';
import { Alert, App, Button, Input, Space } from 'antd';
import { MAX_OPERATOR_NAME } from '../../../shared/api/operator-api';
import { api } from '../api/client';
import { useApi } from '../common/use-api';

export function OperatorName() {
  const { message } = App.useApp();
  const { result, reload } = useApi('operator.get', {});
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  if (!result?.ok) return null;
  const name = result.value.name;

  async function save() {
    const r = await api.call('operator.set', { name: draft });
    if (!r.ok) {
      message.error(r.error.message);
      return;
    }
    setEditing(false);
    message.success(`好的，${r.value.name ?? ''}：此后的修改在审计日志中记为您的名字`);
    reload();
  }

  if (name && !editing) {
    return (
      <div className="operator-line" data-testid="operator-line">
        审计日志中的操作人：<strong>{name}</strong>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          更改
        </Button>
      </div>
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      className="operator-ask"
      data-testid="operator-ask"
      title={name ? '更改操作人姓名' : '请问您的姓名？'}
      description={
        <>
          <div>每次修改都记入审计日志，写上您的姓名，审核时就知道是谁改的（只需填写一次，本电脑会记住）。</div>
          <Space.Compact className="operator-input">
            <Input
              aria-label="操作人姓名"
              placeholder="如：张会计"
              value={draft}
              maxLength={MAX_OPERATOR_NAME}
              onChange={(e) => setDraft(e.target.value)}
              onPressEnter={() => void save()}
            />
            <Button type="primary" disabled={!draft.trim()} onClick={() => void save()}>
              保存
            </Button>
          </Space.Compact>
        </>
      }
    />
  );
}
