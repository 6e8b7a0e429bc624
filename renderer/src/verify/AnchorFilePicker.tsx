/**
 * A small file picker for what comes with a PDF to verify (the 签发回执, a trusted certificate list): the file is
 * read in the page (`read`), and only its content goes on; a path never leaves the page.
 */
import { App, Button, Space, Upload } from 'antd';

interface AnchorFilePickerProps {
  label: string;
  accept: string;
  /** The name of the file picked, or null. */
  picked: string | null;
  testId: string;
  /** The file's content as sent to the backend; throws with a message for a file that cannot be one. */
  read: (file: File) => Promise<string>;
  onPicked: (picked: { name: string; content: string } | null) => void;
}

export function AnchorFilePicker({ label, accept, picked, testId, read, onPicked }: AnchorFilePickerProps) {
  const { message } = App.useApp();
  return (
    <div className="verify-anchor" data-testid={testId}>
      <span className="verify-anchor-label">{label}：</span>
      {picked ? (
        <Space>
          <span className="verify-anchor-name">「{picked}」</span>
          <Button size="small" onClick={() => onPicked(null)}>
            不用
          </Button>
        </Space>
      ) : (
        <Upload
          accept={accept}
          showUploadList={false}
          multiple={false}
          beforeUpload={(file) => {
            read(file).then(
              (content) => onPicked({ name: file.name, content }),
              (error: unknown) => message.error(error instanceof Error ? error.message : String(error)),
            );
            return false;
          }}
        >
          <Button size="small">选择文件…</Button>
        </Upload>
      )}
    </div>
  );
}
