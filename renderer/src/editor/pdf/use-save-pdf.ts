/** "另存为…" for a PDF outside the 导出PDF screen: the outcome is said (saved where, or why not), never dropped. */
import { App } from 'antd';
import { savePdfAs } from './pdf-files';

export function useSavePdfAs(): (pdf: { fileName: string; base64: string }) => Promise<void> {
  const { message, modal } = App.useApp();
  return async (pdf) => {
    const outcome = await savePdfAs(pdf);
    if (outcome.done) message.success(`已保存：${outcome.fileName ?? pdf.fileName}`);
    else if (outcome.error) modal.error({ title: '未能保存PDF', content: outcome.error.message });
  };
}
