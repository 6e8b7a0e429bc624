/**
 * The supervisor's signing certificate (.p12/.pfx) and its password, to sign the approved PDF (PAdES) and the
 * 签发回执 (detached CMS).
 * The file is read in the page and sent with the request; nothing is kept after it.
 */
import { App, Button, Input, Space, Upload } from 'antd';
import { MAX_CERTIFICATE_BYTES } from '../../../../shared/api/signoff-api';
import { fileToBase64 } from '../../common/desktop-files';

interface CertificatePickerProps {
  /** What the certificate is for, e.g. "数字签名（可选）". */
  label: string;
  file: string | null;
  password: string;
  onFile: (file: { name: string; data: string } | null) => void;
  onPassword: (password: string) => void;
}

export function CertificatePicker({ label, file, password, onFile, onPassword }: CertificatePickerProps) {
  const { message } = App.useApp();
  return (
    <div className="signoff-certificate">
      <span>{label}：</span>
      {file ? (
        <Space wrap>
          <span>证书「{file}」</span>
          <Input.Password
            aria-label="证书密码"
            placeholder="证书密码"
            value={password}
            onChange={(e) => onPassword(e.target.value)}
            style={{ width: 180 }}
          />
          <Button size="small" onClick={() => onFile(null)}>
            不签名
          </Button>
        </Space>
      ) : (
        <Upload
          accept=".p12,.pfx"
          showUploadList={false}
          beforeUpload={(picked) => {
            if (picked.size > MAX_CERTIFICATE_BYTES) {
              message.error(`「${picked.name}」不是签名证书（证书文件通常只有几KB）`);
            } else {
              void fileToBase64(picked).then((data) => onFile({ name: picked.name, data }));
            }
            return false;
          }}
        >
          <Button size="small">选择证书文件（.p12/.pfx）…</Button>
        </Upload>
      )}
    </div>
  );
}
