/**
 * The built-in rule packs, pack files a finance bureau issues, and the one lookup every caller uses. A report names
 * its pack by id; an id that is neither built in nor installed is an error the clerk sees, never a silent fallback
 * to another province's rules.
 */
import { z } from 'zod';
import { UserFacingError } from '../api/result';
import { RulePackSchema, RULE_PACK_FORMAT, type RulePack } from '../checks/rule-pack';
import hunanDefault from './hunan-default.json';
import hunan2023 from './hunan-2023.json';
import national2020 from './national-2020.json';
import hubei2020 from './hubei-2020.json';

/** The default for a new report. */
export const DEFAULT_PACK_ID = 'hunan-default';

export const BUILTIN_PACKS: readonly RulePack[] = [hunanDefault, hunan2023, national2020, hubei2020].map((data) =>
  RulePackSchema.parse(data),
);

/** Thrown where a report names a pack nobody has: its message is the Chinese sentence the clerk sees. */
export class UnknownRulePackError extends UserFacingError {
  constructor(readonly packId: string) {
    super(
      'unknown-rule-pack',
      `报告使用的规则包“${packId}”在本程序中不存在：请在“基本信息”中改选已有的规则包，` +
        `或用 selfeval check --pack 指定财政局下发的规则包文件` +
        `（${BUILTIN_PACKS.map((p) => `${p.id} ${p.name}`).join('；')}）`,
    );
    this.name = 'UnknownRulePackError';
  }
}

/**
 * Packs a finance bureau issued and this computer imported (kept in the database's settings). The process that
 * holds the database sets them when it opens it and after each import; the UI sets the list it was sent.
 */
let installedPacks: readonly RulePack[] = [];

export function setInstalledPacks(packs: readonly RulePack[]): void {
  installedPacks = [...packs];
}

/** Built-in packs first, then the imported ones. */
export function allRulePacks(): readonly RulePack[] {
  return [...BUILTIN_PACKS, ...installedPacks];
}

export const isBuiltInPack = (id: string): boolean => BUILTIN_PACKS.some((p) => p.id === id);

/** The pack with this id, built in or imported, or null. */
export function findRulePack(id: string, installed: readonly RulePack[] = installedPacks): RulePack | null {
  return BUILTIN_PACKS.find((p) => p.id === id) ?? installed.find((p) => p.id === id) ?? null;
}

/** The report's pack; throws UnknownRulePackError when nobody has it. */
export function rulePackFor(id: string, installed: readonly RulePack[] = installedPacks): RulePack {
  const pack = findRulePack(id, installed);
  if (!pack) throw new UnknownRulePackError(id);
  return pack;
}

export const HUNAN_DEFAULT: RulePack = rulePackFor(DEFAULT_PACK_ID);

export type ParseRulePackResult = { ok: true; pack: RulePack } | { ok: false; message: string; details: string[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '文件';
  return `${where}：${issue.message}`;
}

/** Reads a pack file (JSON text); every problem comes back as a Chinese sentence naming the field. */
export function parseRulePackFile(text: string): ParseRulePackResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, message: '规则包文件不是有效的 JSON，无法读取', details: [] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RULE_PACK_FORMAT) {
    return {
      ok: false,
      message: '这不是规则包文件',
      details: [`文件中的 format 应为“${RULE_PACK_FORMAT}”`],
    };
  }
  const parsed = RulePackSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      message: `规则包文件有${parsed.error.issues.length}处问题，未导入`,
      details: parsed.error.issues.slice(0, 50).map(describeIssue),
    };
  }
  return { ok: true, pack: parsed.data };
}
