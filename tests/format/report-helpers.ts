/** Reports and report files for the format and CLI tests, built from emptyReport so they follow the schema. */
import { emptyReport } from '../../shared/model/empty';
import type { Report } from '../../shared/model/report';
import { serializeReportFile } from '../../shared/format/report-file';

export const META = {
  title: '通道侗族自治县公安局2024年度部门整体支出绩效自评报告',
  generator: '绩效自评助手 0.1.0',
  exportedAt: '2025-05-29T08:00:00.000Z',
};

/** A report with something in most sections, including text that stresses JSON (quotes, newlines, emoji). */
export function sampleReport(): Report {
  const r = emptyReport('通道侗族自治县公安局', 2024);
  r.selfName = '我局';
  r.organisation.groups.push({ label: '下属机构', kind: 'internal', units: ['指挥中心', '侦查中心'] });
  r.staffing.adminAuthorized = 152;
  r.staffing.adminActual = 148;
  r.duties.push('贯彻执行党和国家有关公安工作的方针、政策');
  r.budget = {
    initialFen: 5_521_280_000,
    annualFen: 6_304_130_000,
    spentFen: 6_304_030_000,
    usage: '主要用于人员工资',
    management: '严格执行“财务管理制度”\n专款专用',
  };
  r.projects.items.push(
    {
      name: '县监管中心监管场所医疗工作及相关经费',
      initialFen: 40_000_000,
      annualFen: 40_000_000,
      spentFen: 37_540_000,
      addedMidYear: false,
      lowRateReason: '',
      table: null,
    },
    {
      name: '城市电子监控维护运行费',
      initialFen: 260_000_000,
      annualFen: 260_000_000,
      spentFen: 232_290_000,
      addedMidYear: false,
      lowRateReason: '部分合同\t跨年 "结算" \\ 😀',
      table: null,
    },
  );
  r.selfEval.indicators.push({
    level1: '产出指标',
    level2: '数量指标',
    name: '重点人员管控率',
    nature: '≥',
    target: '95',
    unit: '%',
    actual: '95.4',
    weightCenti: 1000,
    scoreCenti: 1000,
    deviation: '',
  });
  r.signature.date = '2025-05-29';
  return r;
}

export function sampleFileText(report: Report = sampleReport()): string {
  return serializeReportFile(report, META);
}

/** The report file as a plain JSON value, for tests that break one field. */
export function sampleEnvelope(
  report: Report = sampleReport(),
): { report: Record<string, unknown> } & Record<string, unknown> {
  return JSON.parse(sampleFileText(report)) as { report: Record<string, unknown> } & Record<string, unknown>;
}
