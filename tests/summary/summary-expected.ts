/**
 * The 汇总 of tests/fixtures/summary/ written out by hand from the figures in tests/fixtures/summary-fixtures.ts
 * (and the reference report), not computed by the code under test. Amounts in 万元, rates as fractions.
 * Scores: Σ indicator scores + 执行率 × the 执行率 line's weight (10), capped at that weight.
 */
export interface ExpectedRow {
  file: string;
  unit: string;
  year: number;
  pack: string;
  initial: number | null;
  annual: number | null;
  spent: number | null;
  rate: number | null;
  projects: number | null;
  threePublic: number | null;
  threePublicChange: number | null;
  score: number | null;
  grade: string | null;
  errors: number;
  warnings: number;
  open: number;
}

const HUNAN = 'hunan-default\n2024.1';
const HUNAN_2023 = 'hunan-2023\n2023.1';
const NATIONAL = 'national-2020\n2020.1';
const U = (name: string) => `通道侗族自治县${name}`;

// prettier-ignore
export const EXPECTED_ROWS: ExpectedRow[] = [
  { file: '01-通道侗族自治县公安局', unit: U('公安局'), year: 2024, pack: HUNAN, initial: 5521.28, annual: 6304.13, spent: 6304.03, rate: 1, projects: 9, threePublic: 147.55, threePublicChange: 0.7493, score: 96.9, grade: '优', errors: 1, warnings: 6, open: 6 },
  { file: '02-县财政局', unit: U('财政局'), year: 2024, pack: HUNAN, initial: 1200, annual: 1500, spent: 1477.5, rate: 0.985, projects: 3, threePublic: 18, threePublicChange: -0.1, score: 97.35, grade: '优', errors: 0, warnings: 2, open: 2 },
  { file: '03-县教育局', unit: U('教育局'), year: 2024, pack: HUNAN, initial: 48000, annual: 52000, spent: 51000, rate: 0.9808, projects: 5, threePublic: 35, threePublicChange: null, score: 99.81, grade: '优', errors: 0, warnings: 1, open: 1 },
  { file: '04-县卫生健康局', unit: U('卫生健康局'), year: 2024, pack: HUNAN, initial: 7600, annual: 8000, spent: null, rate: null, projects: null, threePublic: null, threePublicChange: null, score: null, grade: null, errors: 0, warnings: 2, open: 2 },
  { file: '05-县农业农村局', unit: U('农业农村局'), year: 2024, pack: HUNAN, initial: 2800, annual: 3000, spent: 3150, rate: 1.05, projects: 1, threePublic: 12, threePublicChange: 0, score: 95, grade: '优', errors: 0, warnings: 3, open: 3 },
  { file: '06-县交通运输局', unit: U('交通运输局'), year: 2024, pack: HUNAN_2023, initial: 4100, annual: 4500, spent: 4410, rate: 0.98, projects: 2, threePublic: 24, threePublicChange: -0.2, score: 90.8, grade: '优', errors: 0, warnings: 1, open: 1 },
  { file: '07-县自然资源局', unit: U('自然资源局'), year: 2024, pack: NATIONAL, initial: 2300, annual: 2600, spent: 2080, rate: 0.8, projects: 1, threePublic: 10, threePublicChange: 0.1111, score: 75, grade: '中', errors: 0, warnings: 4, open: 4 },
  { file: '08-县水利局', unit: U('水利局'), year: 2024, pack: HUNAN, initial: 3300, annual: 3400, spent: 3390, rate: 0.9971, projects: 1, threePublic: 5.5, threePublicChange: -0.0833, score: 99.97, grade: '优', errors: 1, warnings: 2, open: 2 },
  { file: '09-县民政局', unit: U('民政局'), year: 2024, pack: HUNAN, initial: null, annual: null, spent: null, rate: null, projects: null, threePublic: null, threePublicChange: null, score: null, grade: null, errors: 7, warnings: 3, open: 3 },
  { file: '10-县文化旅游广电体育局', unit: U('文化旅游广电体育局'), year: 2023, pack: HUNAN, initial: 900, annual: 1000, spent: 950, rate: 0.95, projects: 1, threePublic: 3.6, threePublicChange: -0.1, score: 96.5, grade: '优', errors: 0, warnings: 2, open: 2 },
  { file: '12-县市场监督管理局', unit: U('市场监督管理局'), year: 2024, pack: HUNAN, initial: 1500, annual: 1600, spent: 1152, rate: 0.72, projects: 2, threePublic: 8.8, threePublicChange: 0.1, score: 83.2, grade: '良', errors: 0, warnings: 5, open: 4 },
  { file: '13-通道侗族自治县公安局（修改后）', unit: U('公安局'), year: 2024, pack: HUNAN, initial: 5521.28, annual: 6441.65, spent: 6304.03, rate: 0.9786, projects: 9, threePublic: 147.55, threePublicChange: 0.7493, score: 96.69, grade: '优', errors: 0, warnings: 0, open: 0 },
];

/**
 * Totals over the eleven units (13 repeats 01 and is not counted). 执行率: the nine units stating both figures,
 * 73913.53 ÷ (83904.13 − 8000). 三公 change: the eight stating both years, (264.45 − 35) ÷ 173.35 − 1.
 */
export const EXPECTED_TOTALS = {
  units: 11,
  initial: { value: 77221.28, units: 10 },
  annual: { value: 83904.13, units: 10 },
  spent: { value: 73913.53, units: 9 },
  rate: { value: 0.9738, units: 9 },
  projects: { value: 25, units: 9 },
  threePublic: { value: 264.45, units: 9 },
  threePublicChange: { value: 0.3236, units: 8 },
  errors: 9,
  warnings: 31,
  open: 30,
};

export const EXPECTED_UNREADABLE = [
  { file: '11-县人力资源和社会保障局', reason: '报告使用的规则包“xx-county-2025”在本程序中不存在' },
  { file: '14-县林业局（不完整）', reason: '文件内容不完整，可能在复制或保存时被截断' },
];
