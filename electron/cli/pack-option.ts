/**
 * `--pack ID|FILE` for the commands: a built-in pack's id, or the path of a pack file a finance bureau issued. The
 * same resolution serves check, text, pdf and docx, so a report is read under the same rules by each.
 */
import type { RulePack } from '../../shared/checks/rule-pack';
import type { Report } from '../../shared/model/report';
import {
  BUILTIN_PACKS,
  findRulePack,
  isBuiltInPack,
  parseRulePackFile,
  setInstalledPacks,
  UnknownRulePackError,
} from '../../shared/packs/registry';
import { fileError } from './file-error';

export type PackResult = { ok: true; pack: RulePack } | { ok: false; message: string };

export function loadPack(spec: string, readFile: (path: string) => string): PackResult {
  const builtIn = findRulePack(spec);
  if (builtIn) return { ok: true, pack: builtIn };
  if (!/[\\/.]/.test(spec)) {
    return {
      ok: false,
      message: `没有编号为“${spec}”的规则包；内置规则包：${BUILTIN_PACKS.map((p) => p.id).join('、')}`,
    };
  }
  let text: string;
  try {
    text = readFile(spec);
  } catch (error) {
    return { ok: false, message: `规则包文件 ${spec}：${fileError(error)}` };
  }
  const parsed = parseRulePackFile(text);
  if (!parsed.ok)
    return { ok: false, message: [`规则包文件 ${spec}：${parsed.message}`, ...parsed.details].join('\n  · ') };
  return { ok: true, pack: parsed.pack };
}

export type ReportUnderPack = { ok: true; report: Report } | { ok: false; message: string };

/**
 * The report as an export should read it: under the pack given with --pack (a pack file is made known to this
 * process for the export), or under its own, which must exist.
 */
export function reportUnderPack(
  report: Report,
  spec: string | undefined,
  readFile: (path: string) => string,
): ReportUnderPack {
  if (spec === undefined) {
    return findRulePack(report.rulePackId)
      ? { ok: true, report }
      : { ok: false, message: new UnknownRulePackError(report.rulePackId).message };
  }
  const loaded = loadPack(spec, readFile);
  if (!loaded.ok) return loaded;
  if (!isBuiltInPack(loaded.pack.id)) setInstalledPacks([loaded.pack]);
  return { ok: true, report: { ...report, rulePackId: loaded.pack.id, rulePackVersion: loaded.pack.version } };
}
