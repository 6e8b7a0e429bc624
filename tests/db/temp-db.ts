/** Test helpers: a fresh temp folder per test, the database's bytes on disk, and a report with real figures. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyReport } from '../../shared/model/empty';
import type { Report } from '../../shared/model/report';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-db-'));
}

/** The main file and the WAL: everything a committed write would change (the -shm index changes on reads too). */
export function fileBytes(file: string): { main: Buffer; wal: Buffer | null } {
  const wal = `${file}-wal`;
  return { main: fs.readFileSync(file), wal: fs.existsSync(wal) ? fs.readFileSync(wal) : null };
}

/** A report with projects, 三公 figures and indicators, in the shape of the 通道 reference. */
export function sampleReport(unitName = '通道侗族自治县公安局', year = 2024): Report {
  const r = emptyReport(unitName, year);
  r.selfName = '我局';
  r.organisation.groups = [{ label: '派出所', kind: 'dispatched', units: ['双江派出所', '县溪派出所'] }];
  r.staffing = {
    adminAuthorized: 152,
    adminActual: 148,
    institutionAuthorized: 0,
    institutionActual: 0,
    auxiliaryLabel: '辅警',
    auxiliaryAuthorized: 302,
    auxiliaryActual: 305,
    retired: 50,
  };
  r.duties = ['贯彻执行党和国家有关公安工作的方针、政策和法律、法规'];
  r.goals = [{ heading: '', text: '维护社会稳定' }];
  r.budget = {
    initialFen: 42_135_600_00,
    annualFen: 55_212_800_00,
    spentFen: 55_212_800_00,
    usage: '人员工资',
    management: '',
  };
  r.basic = {
    ...r.basic,
    initialFen: 30_000_000_01,
    annualFen: 35_000_000_00,
    spentFen: 34_999_999_99,
    scope: '基本支出',
    varianceReason: '年中调资',
    wagesFen: 20_000_000_00,
  };
  r.projects = {
    ...r.projects,
    declaredCount: 2,
    intro: '项目支出',
    varianceReason: '追加',
    items: [
      {
        name: '业务工作经费',
        initialFen: 1_234_567_89,
        annualFen: 2_345_678_91,
        spentFen: 2_345_678_91,
        addedMidYear: false,
        lowRateReason: '',
        table: null,
      },
      {
        name: '禁毒专项',
        initialFen: 0,
        annualFen: 99_999_999_999_99,
        spentFen: 12_345_678_901_23,
        addedMidYear: true,
        lowRateReason: '年底下达',
        table: null,
      },
    ],
  };
  r.threePublic = {
    ...r.threePublic,
    abroad: { prevFinalFen: 0, budgetFen: 0, finalFen: 0 },
    reception: { prevFinalFen: 6_100_00, budgetFen: 6_000_00, finalFen: 5_330_00 },
    vehiclePurchase: { prevFinalFen: 0, budgetFen: 74_800_00, finalFen: 74_800_00 },
    vehicleOperation: { prevFinalFen: 75_000_00, budgetFen: 70_000_00, finalFen: 67_420_00 },
    intro: '严格按照规定，',
    changeReason: '购置公务用车',
  };
  r.baseData.projectRows = [{ label: '业务工作经费', prevFinalFen: 1_000_00, budgetFen: 2_000_00, finalFen: 3_000_01 }];
  r.baseData.publicFunds = { prevFinalFen: 11, budgetFen: 22, finalFen: 33 };
  r.baseData.procurement = { prevFinalFen: 1, budgetFen: 2, finalFen: 3 };
  r.baseData.building = {
    exists: true,
    approvedAreaCenti: 100_00,
    actualAreaCenti: 98_50,
    budgetInvestFen: 500,
    actualInvestFen: 400,
  };
  r.selfEval.income.general = { initialFen: 1, annualFen: 2, spentFen: 3 };
  r.selfEval.goalActual = '完成';
  r.selfEval.indicators = [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '破案数',
      nature: '≥',
      target: '100',
      unit: '起',
      actual: '120',
      weightCenti: 20_00,
      scoreCenti: 19_50,
      deviation: '无',
    },
  ];
  r.signature = { unitName, date: `${year + 1}-05-29` };
  r.responses = [{ key: 'x', explanation: '说明', acknowledged: true }];
  return r;
}
