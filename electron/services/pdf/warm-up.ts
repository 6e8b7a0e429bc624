/**
 * Gets a worker ready before the clerk asks for a PDF: loads the fonts and lays out a one-page document in every
 * face, so the code is compiled and the fonts parsed. The app can do this in the background after start-up; the
 * first real export then takes what a later one takes.
 */
import { GBT9704_DEFAULTS } from './layout-settings';
import { buildDocDefinition } from './doc-definition';
import { fontRegistry, type FontOptions } from './font-registry';
import { renderDefinition } from './pdfmake-engine';

export async function warmUp(fonts: FontOptions): Promise<void> {
  const registry = fontRegistry(fonts);
  const sample = '预算执行率100.00%，项目支出2002.26万元。';
  const { definition } = buildDocDefinition(
    {
      blocks: [
        { kind: 'title', text: '部门整体支出绩效自评报告' },
        { kind: 'heading', level: 1, text: '一、部门基本情况' },
        { kind: 'heading', level: 2, text: '（一）机构设置情况' },
        { kind: 'paragraph', runs: [{ text: '1. 基本支出：', bold: true }, { text: sample }] },
        { kind: 'signature', unitName: '某单位', date: '2025年1月1日' },
      ],
    },
    GBT9704_DEFAULTS,
    registry.metrics,
    {
      title: '预热',
      author: '',
      subject: '',
      keywords: '',
      producer: '',
      creationDate: new Date(0),
      reportId: '',
      contentSha256: '',
    },
  );
  await renderDefinition(definition, registry);
}
