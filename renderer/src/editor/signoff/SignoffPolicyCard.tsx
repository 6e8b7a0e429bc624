/**
 * 签发设置: the supervisor sets an optional 审核人口令 (then needed for every approval and for changing these
 * settings) and may make a certificate signature compulsory for 签发. The password never comes back from the
 * backend; only whether one is set.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Input, Space } from 'antd';
import type { Output } from '../../../../shared/api/contract';
import { api } from '../../api/client';

type Policy = Output<'signoff.setPolicy'>;

export function SignoffPolicyCard({ policy, onChange }: { policy: Policy; onChange: (p: Policy) => void }) {
  const { message } = App.useApp();
  const [requireCertificate, setRequireCertificate] = useState(policy.requireCertificate);
  const [newPassword, setNewPassword] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function save(clearPassword: boolean) {
    setBusy(true);
    setError('');
    const r = await api.call('signoff.setPolicy', {
      requireCertificate,
      ...(clearPassword ? { newReviewerPassword: '' } : newPassword ? { newReviewerPassword: newPassword } : {}),
      ...(policy.reviewerPasswordSet ? { currentReviewerPassword: currentPassword } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setError([r.error.message, ...(r.error.details ?? [])].join('：'));
      return;
    }
    setNewPassword('');
    setCurrentPassword('');
    onChange(r.value);
    message.success('签发设置已保存');
  }

  return (
    <Card title="签发设置（审核人填写）" size="small" className="signoff-card signoff-policy">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Checkbox checked={requireCertificate} onChange={(e) => setRequireCertificate(e.target.checked)}>
          签发须使用证书（PAdES数字签名）
        </Checkbox>
        <div>
          审核人口令：{policy.reviewerPasswordSet ? '已设置（签发和修改本设置都须输入）' : '未设置（任何人都可以签发）'}
        </div>
        <Space wrap>
          <Input.Password
            aria-label="新口令（签发设置）"
            placeholder={policy.reviewerPasswordSet ? '新口令（不改请留空）' : '设置口令（至少6个字符）'}
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            autoComplete="new-password"
          />
          {policy.reviewerPasswordSet ? (
            <Input.Password
              aria-label="当前口令（签发设置）"
              placeholder="当前口令"
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
              autoComplete="current-password"
            />
          ) : null}
          <Button onClick={() => void save(false)} loading={busy}>
            保存签发设置
          </Button>
          {policy.reviewerPasswordSet ? (
            <Button danger onClick={() => void save(true)} disabled={busy}>
              取消口令
            </Button>
          ) : null}
        </Space>
        {error ? <div className="signoff-policy-error">{error}</div> : null}
      </Space>
    </Card>
  );
}
