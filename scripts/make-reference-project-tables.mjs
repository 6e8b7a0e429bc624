// Builds tests/fixtures/reference-2024-projects.selfeval.json: the reference report with a 项目支出绩效自评表 for each
// of its nine projects (issue 16). The reference prints no project tables, so EVERYTHING in them except the
// 年度资金总额 line (the project row's own figures) is CONSTRUCTED: plausible for a county police bureau, consistent
// with the report's text (rates, the 双江派出所 project not spent), listed in tests/fixtures/README.md.
// Run: node scripts/make-reference-project-tables.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const SRC = 'tests/fixtures/reference-2024.selfeval.json';
const OUT = 'tests/fixtures/reference-2024-projects.selfeval.json';
const UNIT = '通道侗族自治县公安局';

/** [一级, 二级, 三级, 性质, 指标值, 单位, 实际, 分值, 得分, 偏差原因] — scores in points. */
const row = (level1, level2, name, nature, target, unit, actual, weight, score, deviation = '') => ({
  level1,
  level2,
  name,
  nature,
  target,
  unit,
  actual,
  weightCenti: Math.round(weight * 100),
  scoreCenti: Math.round(score * 100),
  deviation,
});
const satisfaction = (who, actual, score = 10, why = '') =>
  row('满意度指标', '服务对象满意度指标', `${who}满意度`, '≥', '90', '%', actual, 10, score, why);

const TABLES = [
  {
    implementer: '通道侗族自治县看守所',
    goalExpected: '保障监管场所在押人员基本医疗，落实驻所医疗和传染病筛查，确保监管场所安全稳定。',
    goalActual: '全年完成在押人员入所体检和日常诊疗，未发生因病死亡和传染病扩散事件，部分医疗设备采购延至次年。',
    indicators: [
      row('产出指标', '数量指标', '入所健康体检人次', '≥', '600', '人次', '652人次', 20, 20),
      row('产出指标', '质量指标', '在押人员疾病及时诊治率', '=', '100', '%', '100%', 20, 20),
      row('产出指标', '时效指标', '医疗经费按季度拨付', '定性', '按季度拨付', '', '按季度拨付', 10, 10),
      row('效益指标', '社会效益指标', '监管场所因病死亡事件', '≤', '0', '起', '0起', 30, 30),
      satisfaction('在押人员家属', '93%'),
    ],
  },
  {
    implementer: UNIT,
    goalExpected: '按“一村一辅警”“城市快警”标准更新装备及被装，保障辅警和快警队伍正常执勤。',
    goalActual: '完成辅警被装和快警执勤装备更新，队伍执勤保障到位。',
    indicators: [
      row('产出指标', '数量指标', '更新被装辅警人数', '≥', '200', '人', '218人', 25, 25),
      row('产出指标', '质量指标', '装备验收合格率', '=', '100', '%', '100%', 15, 15),
      row('产出指标', '成本指标', '人均被装更新成本', '≤', '900', '元', '860元', 10, 10),
      row('效益指标', '社会效益指标', '城区快警5分钟到达率', '≥', '90', '%', '92.6%', 30, 30),
      satisfaction('群众', '94%'),
    ],
  },
  {
    implementer: UNIT,
    goalExpected: '保障全县刑事、治安案件办理和执法装备购置，提高破案率和执法规范化水平。',
    goalActual: '全年办理各类案件并完成执法装备购置，传统侵财案件破案率73.33%，执法办案质量提升。',
    indicators: [
      row('产出指标', '数量指标', '购置执法记录仪', '≥', '120', '台', '120台', 15, 15),
      row('产出指标', '质量指标', '传统侵财案件破案率', '≥', '70', '%', '73.33%', 20, 20),
      row(
        '产出指标',
        '时效指标',
        '刑事案件办结率',
        '≥',
        '98',
        '%',
        '96.5%',
        15,
        14.5,
        '部分案件涉案人员在逃、需异地取证，年底未办结；下一步加强追逃和协作取证，限期办结。',
      ),
      row('效益指标', '社会效益指标', '刑事案件立案数同比下降', '≥', '5', '%', '6.2%', 30, 30),
      satisfaction('群众安全感', '95.1%'),
    ],
  },
  {
    implementer: UNIT,
    goalExpected: '保障城市电子监控系统运行维护，确保前端点位在线、图像清晰，服务治安防控和案件侦破。',
    goalActual: '完成全年运维服务，前端点位在线率达到目标；部分维护款项按合同约定于验收后支付。',
    indicators: [
      row('产出指标', '数量指标', '维护前端监控点位', '≥', '1500', '个', '1536个', 20, 20),
      row('产出指标', '质量指标', '监控点位在线率', '≥', '95', '%', '96.8%', 20, 20),
      row('产出指标', '时效指标', '故障修复时限', '≤', '48', '小时', '36小时', 10, 10),
      row('效益指标', '社会效益指标', '视频监控助破案件数', '≥', '150', '起', '171起', 30, 30),
      satisfaction('办案单位', '92%'),
    ],
  },
  {
    implementer: UNIT,
    goalExpected: '保障各警种专项业务工作开展，完成年度公安业务工作任务。',
    goalActual: '各警种专项业务工作按计划完成。',
    indicators: [
      row('产出指标', '数量指标', '开展专项行动', '≥', '6', '次', '8次', 25, 25),
      row('产出指标', '质量指标', '专项行动目标完成率', '≥', '95', '%', '100%', 25, 25),
      row('效益指标', '社会效益指标', '群众安全感', '≥', '92', '%', '95.1%', 30, 30),
      satisfaction('群众', '93.5%'),
    ],
  },
  {
    implementer: '通道侗族自治县禁毒委员会办公室',
    goalExpected: '保障县禁毒办日常运转，开展禁毒宣传和吸毒人员管控，巩固禁毒示范创建成果。',
    goalActual: '完成禁毒宣传和社区戒毒康复管控任务，部分宣传物资采购结余。',
    indicators: [
      row('产出指标', '数量指标', '禁毒宣传活动场次', '≥', '50', '场', '63场', 20, 20),
      row('产出指标', '质量指标', '社区戒毒康复人员执行率', '≥', '95', '%', '97.2%', 20, 20),
      row('产出指标', '成本指标', '运转经费控制在预算内', '定性', '不超预算', '', '未超预算', 10, 10),
      row('效益指标', '社会效益指标', '新发现吸毒人员数同比下降', '≥', '10', '%', '12%', 30, 30),
      satisfaction('社区群众', '91%'),
    ],
  },
  {
    implementer: '通道侗族自治县看守所、拘留所',
    goalExpected: '保障被羁押人员伙食和基本生活给养，落实监管场所给养标准。',
    goalActual: '全年给养按标准保障，在押人员平均数低于预期，给养经费有结余。',
    indicators: [
      row(
        '产出指标',
        '数量指标',
        '保障被羁押人员人日',
        '≥',
        '60000',
        '人日',
        '55800人日',
        20,
        18.6,
        '全年在押人员平均数低于年初测算，保障人日少于目标；下一步按上年实际人数测算给养预算。',
      ),
      row('产出指标', '质量指标', '伙食标准执行率', '=', '100', '%', '100%', 20, 20),
      row('产出指标', '时效指标', '给养按月结算', '定性', '按月结算', '', '按月结算', 10, 10),
      row('效益指标', '社会效益指标', '监管场所安全事故', '≤', '0', '起', '0起', 30, 30),
      satisfaction('在押人员', '90.5%'),
    ],
  },
  {
    implementer: '通道侗族自治县公安局双江派出所',
    goalExpected: '完成双江派出所“两所一室”（派出所、司法所、人民调解室）改造，年内完工投入使用。',
    goalActual: '项目因规划调整和招标延后，年内未开工，资金未支出，结转下年使用。',
    indicators: [
      row(
        '产出指标',
        '数量指标',
        '改造建筑面积',
        '≥',
        '600',
        '平方米',
        '0平方米',
        20,
        0,
        '规划调整后重新招标，年内未开工；下一步加快招标进度，确保次年上半年开工。',
      ),
      row(
        '产出指标',
        '质量指标',
        '工程验收合格率',
        '=',
        '100',
        '%',
        '未验收',
        15,
        0,
        '工程未开工，无法验收；下一步在施工阶段落实质量监督。',
      ),
      row(
        '产出指标',
        '时效指标',
        '完工时间',
        '定性',
        '2024年12月底前',
        '',
        '未开工',
        15,
        0,
        '招标延后致工期顺延至2025年；下一步按新的工期节点倒排计划。',
      ),
      row(
        '效益指标',
        '社会效益指标',
        '矛盾纠纷就地化解率',
        '≥',
        '90',
        '%',
        '未投入使用',
        30,
        0,
        '改造未完成，效益未能体现；下一步完工后纳入考核。',
      ),
      satisfaction('辖区群众', '未调查', 0, '项目未实施，未开展满意度调查；下一步完工后开展调查。'),
    ],
  },
  {
    implementer: UNIT,
    goalExpected: '保障年中追加的业务费、装备费、基建及工程款、非税收入返还、抚恤金和武警中队保障等支出及时到位。',
    goalActual: '追加经费全部按用途拨付使用。',
    indicators: [
      row('产出指标', '数量指标', '追加事项按用途拨付', '=', '100', '%', '100%', 25, 25),
      row('产出指标', '时效指标', '资金拨付及时率', '≥', '95', '%', '98%', 25, 25),
      row('效益指标', '社会效益指标', '保障事项按期完成率', '≥', '95', '%', '97%', 30, 30),
      satisfaction('保障对象', '92%'),
    ],
  },
];

const file = JSON.parse(readFileSync(SRC, 'utf8'));
const items = file.report.projects.items;
if (items.length !== TABLES.length) throw new Error(`reference has ${items.length} projects, script ${TABLES.length}`);
items.forEach((project, i) => {
  const t = TABLES[i];
  // All money is 当年财政拨款 (constructed: the text says nothing of carry-over or other funds for a project).
  const same = { initialFen: project.initialFen, annualFen: project.annualFen, spentFen: project.spentFen };
  const zero = { initialFen: 0, annualFen: 0, spentFen: 0 };
  project.table = {
    department: UNIT,
    implementer: t.implementer,
    funds: { fiscal: same, carryOver: zero, other: zero },
    rateWeightCenti: 1000,
    goalExpected: t.goalExpected,
    goalActual: t.goalActual,
    indicators: t.indicators,
  };
});
file.title = `${file.title}（含项目支出绩效自评表）`;
writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
console.log(`wrote ${OUT}`);
