import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_REPORT_FILE_CHARS,
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  parseReportFile,
  serializeReportFile,
  type ParseReportFileResult,
} from '../../shared/format/report-file';
import { emptyReport } from '../../shared/model/empty';
import { META, sampleEnvelope, sampleFileText, sampleReport } from './report-helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url), 'utf8');

function refused(result: ParseReportFileResult): { message: string; details: string[] } {
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  return result;
}

function withReportChange(change: (report: Record<string, unknown>) => void): string {
  const envelope = sampleEnvelope();
  change(envelope.report);
  return JSON.stringify(envelope);
}

describe('serializeReportFile / parseReportFile round trip', () => {
  it('gives back a deep-equal report and the title', () => {
    const report = sampleReport();
    const result = parseReportFile(serializeReportFile(report, META));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report).toEqual(report);
    expect(result.title).toBe(META.title);
    expect(result.formatVersion).toBe(REPORT_FILE_VERSION);
    expect(result.generator).toBe('绩效自评助手 0.1.0');
    expect(result.exportedAt).toBe(META.exportedAt);
  });

  it('round-trips an empty report too', () => {
    const report = emptyReport('某某县财政局', 2025);
    const result = parseReportFile(serializeReportFile(report, { ...META, title: '空白' }));
    expect(result.ok && result.report).toEqual(report);
  });

  it('writes the envelope first, pretty-printed with 2 spaces and a trailing newline', () => {
    const text = sampleFileText();
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '{',
      `  "format": "${REPORT_FILE_FORMAT}",`,
      `  "formatVersion": ${REPORT_FILE_VERSION},`,
      `  "exportedAt": "${META.exportedAt}",`,
      `  "generator": "${META.generator}",`,
      `  "title": "${META.title}",`,
      '  "report": {',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps a typed U+FFFD character (written escaped, so it is not mistaken for a wrong encoding)', () => {
    const report = sampleReport();
    report.problems.push({ heading: '', text: '乱码字符\uFFFD保留' });
    const text = serializeReportFile(report, META);
    expect(text.includes('\uFFFD')).toBe(false);
    const result = parseReportFile(text);
    expect(result.ok && result.report).toEqual(report);
  });

  it('accepts a file that a Windows editor saved with a byte-order mark', () => {
    const result = parseReportFile('\uFEFF' + sampleFileText());
    expect(result.ok).toBe(true);
  });

  it('derives a title when the file has none', () => {
    const envelope = sampleEnvelope();
    delete envelope.title;
    const result = parseReportFile(JSON.stringify(envelope));
    expect(result.ok && result.title).toBe('通道侗族自治县公安局2024年度部门整体支出绩效自评报告');
  });
});

describe('parseReportFile refuses bad files with a Chinese message', () => {
  it('empty or blank text', () => {
    expect(refused(parseReportFile('')).message).toBe('文件是空的，没有报告内容');
    expect(refused(parseReportFile('  \n\t ')).message).toBe('文件是空的，没有报告内容');
  });

  it('a 25 MB file, before trying to parse it', () => {
    const huge = '{"format":"selfeval-report","pad":"' + 'x'.repeat(25_000_000) + '"}';
    expect(huge.length).toBeGreaterThan(MAX_REPORT_FILE_CHARS);
    const { message } = refused(parseReportFile(huge));
    expect(message).toMatch(/^文件过大（约25\.0 MB），报告文件不能超过20 MB/);
  });

  it('a missing comma, naming the line and column', () => {
    const { message } = refused(parseReportFile(fixture('missing-comma.selfeval.json')));
    expect(message).toBe('文件不是有效的 JSON：第11行第5列，缺少逗号或右花括号 }，却是「"」');
  });

  it('a trailing comma and a single-quoted text', () => {
    const trailing = sampleFileText().replace('"selfName": "我局"', '"selfName": "我局",}');
    expect(refused(parseReportFile(trailing)).message).toMatch(
      /^文件不是有效的 JSON：第\d+行第\d+列，最后一项后面多了一个逗号$/,
    );
    expect(refused(parseReportFile("{'format': 1}")).message).toBe(
      "文件不是有效的 JSON：第1行第2列，此处应为用英文双引号括起的项名，却是「'」",
    );
    expect(refused(parseReportFile('[1, 2,]')).message).toBe(
      '文件不是有效的 JSON：第1行第7列，最后一项后面多了一个逗号',
    );
  });

  it('extra content after the JSON', () => {
    expect(refused(parseReportFile('{}\n{}')).message).toBe(
      '文件不是有效的 JSON：第2行第1列，内容结束后还有多余的「{」',
    );
  });

  it('a file truncated at several points says it is incomplete', () => {
    const text = sampleFileText();
    const lastBrace = text.lastIndexOf('}');
    const cuts = [
      1,
      20,
      Math.floor(text.length / 3),
      text.indexOf('通道') + 1,
      text.indexOf('"spentFen"') + 4,
      lastBrace - 1,
      lastBrace,
    ];
    for (const cut of cuts) {
      const { message } = refused(parseReportFile(text.slice(0, cut)));
      expect(message, `cut at ${cut}`).toMatch(/^文件内容不完整，可能在复制或保存时被截断：第\d+行第\d+列，/);
    }
    const fromFixture = refused(parseReportFile(fixture('truncated.selfeval.json'))).message;
    expect(fromFixture).toContain('文件内容不完整');
    expect(fromFixture).toContain('没有结束的引号');
  });

  it('JSON that is not an object', () => {
    for (const text of ['[]', '42', '"报告"', 'null', 'true']) {
      expect(refused(parseReportFile(text)).message).toBe(
        '这不是绩效自评助手导出的报告文件：文件内容应为一个 JSON 对象',
      );
    }
  });

  it('another program’s JSON, or a wrong format marker', () => {
    const other = refused(parseReportFile(fixture('other-program.json')));
    expect(other.message).toBe('这不是绩效自评助手导出的报告文件');
    expect(other.details).toEqual(['文件中没有 format 标记，应为“selfeval-report”']);
    const envelope = sampleEnvelope();
    envelope.format = 'excel-export';
    const wrong = refused(parseReportFile(JSON.stringify(envelope)));
    expect(wrong.message).toBe('这不是绩效自评助手导出的报告文件');
    expect(wrong.details[0]).toContain('“excel-export”');
  });

  it('a file from a newer version of the program', () => {
    const { message } = refused(parseReportFile(fixture('newer-version.selfeval.json')));
    expect(message).toBe('该文件由更新版本（格式第3版）导出，请升级本程序后再导入');
  });

  it('a missing or invalid format version', () => {
    for (const version of [undefined, '1', 0, -1, 1.5, null]) {
      const envelope = sampleEnvelope();
      if (version === undefined) delete envelope.formatVersion;
      else envelope.formatVersion = version;
      expect(refused(parseReportFile(JSON.stringify(envelope))).message).toBe(
        '报告文件的格式版本号缺失或无效，无法判断如何读取',
      );
    }
  });

  it('an envelope without the report', () => {
    const envelope = sampleEnvelope() as Record<string, unknown>;
    delete envelope.report;
    expect(refused(parseReportFile(JSON.stringify(envelope))).message).toBe('文件中没有报告内容（缺少 report 部分）');
  });

  it('a negative amount, naming the project row', () => {
    const text = withReportChange((r) => {
      ((r.projects as { items: { spentFen: number }[] }).items[1] as { spentFen: number }).spentFen = -100;
    });
    const { message, details } = refused(parseReportFile(text));
    expect(message).toBe('报告内容有1处问题，无法导入');
    expect(details).toEqual(['二（二）项目支出 第2行「支出」：金额不能为负数']);
  });

  it('an absurd amount (1e20)', () => {
    const text = withReportChange((r) => {
      (r.budget as Record<string, unknown>).annualFen = 1e20;
    });
    const { details } = refused(parseReportFile(text));
    expect(details).toHaveLength(1);
    expect(details[0]).toMatch(/^二（一）全年预算收入：.*金额超出合理范围（超过1000亿元）/);
  });

  it('a fractional amount in 分', () => {
    const text = withReportChange((r) => {
      (r.basic as Record<string, unknown>).wagesFen = 1234.5;
    });
    expect(refused(parseReportFile(text)).details).toEqual([
      '二（二）基本支出「工资福利支出」：金额必须精确到分（整数分）',
    ]);
  });

  it('text where a number belongs, and a number where text belongs', () => {
    const text = withReportChange((r) => {
      (r.budget as Record<string, unknown>).annualFen = '6304.13万元';
      (r.staffing as Record<string, unknown>).auxiliaryActual = '305人';
      r.unitName = 12345;
    });
    expect(refused(parseReportFile(text)).details).toEqual([
      '基本信息「单位名称」：应为文字，实际是数字',
      '一（二）人员编制「编外/辅警实有人数」：必须是人数',
      '二（一）全年预算收入：必须是金额数字',
    ]);
  });

  it('a 10 MB string in a text field, without echoing it back', () => {
    const text = withReportChange((r) => {
      (r.budget as Record<string, unknown>).usage = '经费'.repeat(5_000_000);
    });
    const { details } = refused(parseReportFile(text));
    expect(details).toEqual(['二（一）资金主要用途：不能超过20000字']);
  });

  it('a missing section, a wrong choice and an impossible date', () => {
    const text = withReportChange((r) => {
      delete r.basic;
      const selfEval = r.selfEval as { indicators: Record<string, unknown>[] };
      (selfEval.indicators[0] as Record<string, unknown>).nature = '大于';
      (r.signature as Record<string, unknown>).date = '2025-02-30';
    });
    expect(refused(parseReportFile(text)).details).toEqual([
      '二（二）基本支出：缺少此项',
      '附件2 自评表 第1行「指标性质」：只能是以下之一：=、≥、≤、定性',
      '落款「日期」：日期格式应为“年-月-日”，如 2025-05-29',
    ]);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const text = withReportChange((r) => {
      const projects = r.projects as { items: unknown[] };
      projects.items = Array.from({ length: 80 }, (_, i) => ({
        name: `项目${i}`,
        initialFen: -1,
        annualFen: 0,
        spentFen: 0,
        addedMidYear: false,
        lowRateReason: '',
      }));
    });
    const { message, details } = refused(parseReportFile(text));
    expect(message).toBe('报告内容有80处问题，无法导入');
    expect(details).toHaveLength(51);
    expect(details[0]).toBe('二（二）项目支出 第1行「年初预算」：金额不能为负数');
    expect(details[50]).toBe('……另有30处问题');
  });

  it('a file saved as GBK, an Excel workbook, a binary file', () => {
    expect(refused(parseReportFile(fixture('gbk-encoded.selfeval.json'))).message).toContain('非 UTF-8 编码（如 GBK）');
    expect(refused(parseReportFile(fixture('workbook-by-mistake.xlsx'))).message).toContain('可能是 Excel 的 .xlsx');
    expect(refused(parseReportFile('%PDF-1.7\n...')).message).toContain('这是一个 PDF 文件');
    expect(refused(parseReportFile('\u0000\u0001{}')).message).toBe('这不是文本文件，无法作为报告文件读取');
  });
});

describe('parseReportFile is safe with hostile content', () => {
  it('does not let "__proto__" or "constructor" keys pollute Object.prototype', () => {
    const payload = '{"polluted": "yes", "isAdmin": true}';
    let text = sampleFileText();
    text = text.replace(
      '{\n  "format"',
      `{\n  "__proto__": ${payload},\n  "constructor": {"prototype": ${payload}},\n  "format"`,
    );
    text = text.replace(
      '"report": {',
      `"report": {\n    "__proto__": ${payload},\n    "constructor": {"prototype": ${payload}},`,
    );
    text = text.replace('"budget": {', `"budget": {"__proto__": ${payload}, `);
    text = text.replace(
      '"items": [\n',
      `"items": [\n{"__proto__": ${payload}, "name": "x", "initialFen": 0, "annualFen": 0, "spentFen": 0, "addedMidYear": false, "lowRateReason": ""},\n`,
    );

    const result = parseReportFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(result.report)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.report.budget)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.report.projects.items[0])).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(result.report, '__proto__')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(result.report, 'constructor')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(result.report.budget, '__proto__')).toBe(false);
    expect((result.report as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.report.projects.items[0]?.name).toBe('x');
  });

  it('never throws on damaged files (every single-character deletion and a seeded set of substitutions)', () => {
    const text = sampleFileText(emptyReport('县局', 2024));
    let seed = 20240529;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const noise = ['"', '{', '}', '[', ']', ',', ':', '-', '1', 'e', '\\', '\u0000', '\uFFFD', '\n', 'x'];
    const variants: string[] = [];
    for (let i = 0; i < text.length; i += 7) variants.push(text.slice(0, i) + text.slice(i + 1));
    for (let k = 0; k < 300; k++) {
      const at = Math.floor(random() * text.length);
      variants.push(text.slice(0, at) + (noise[Math.floor(random() * noise.length)] ?? '') + text.slice(at + 1));
    }
    for (const variant of variants) {
      const result = parseReportFile(variant);
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(0);
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('handles very deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(refused(parseReportFile(deep)).message).toBe('这不是绩效自评助手导出的报告文件：文件内容应为一个 JSON 对象');
    const deepBroken = '{"a":' + '['.repeat(200_000);
    expect(refused(parseReportFile(deepBroken)).message).toContain('文件内容不完整');
  });
});
