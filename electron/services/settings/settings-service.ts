/**
 * The settings slice: the unit's house layout of the PDF and the rule packs a finance bureau issued, kept in the
 * database so backups and restores carry them.
 */
import type { SliceHandlers } from '../../../shared/api/contract';
import type { settingsApi } from '../../../shared/api/settings-api';
import { GBT9704_HOUSE_LAYOUT, HouseLayout } from '../../../shared/pdf/house-layout';
import type { Db } from '../../db/db-handle';
import { readSetting, writeSetting } from '../../db/settings-store';
import { withHouseLayout, type PdfLayoutSettings } from '../pdf/layout-settings';
import { z } from 'zod';
import { RulePackSchema, type RulePack } from '../../../shared/checks/rule-pack';
import { UserFacingError } from '../../../shared/api/result';
import { BUILTIN_PACKS, isBuiltInPack, parseRulePackFile, setInstalledPacks } from '../../../shared/packs/registry';

const PDF_LAYOUT_KEY = 'pdf.houseLayout';
const RULE_PACKS_KEY = 'rulePacks.installed';

/** The packs imported on this database; a damaged setting reads as none (the built-in packs still work). */
export function installedPacks(db: Db): RulePack[] {
  return readSetting(db, RULE_PACKS_KEY, z.array(RulePackSchema)) ?? [];
}

/** Makes the imported packs known to this process's checks, text and exports (call when a database is opened). */
export function loadInstalledPacks(db: Db): void {
  setInstalledPacks(installedPacks(db));
}

function packList(db: Db) {
  return [
    ...BUILTIN_PACKS.map((pack) => ({ pack, builtIn: true })),
    ...installedPacks(db).map((pack) => ({ pack, builtIn: false })),
  ];
}

function importRulePack(db: Db, content: string) {
  const parsed = parseRulePackFile(content);
  if (!parsed.ok) throw new UserFacingError('bad-file', parsed.message, parsed.details);
  const { pack } = parsed;
  if (isBuiltInPack(pack.id)) {
    throw new UserFacingError(
      'invalid-input',
      `规则包编号“${pack.id}”与内置规则包相同：财政局下发的规则包须使用自己的编号（如 xx-county-2025）`,
    );
  }
  const others = installedPacks(db).filter((p) => p.id !== pack.id);
  writeSetting(db, RULE_PACKS_KEY, [...others, pack]);
  loadInstalledPacks(db);
  return packList(db);
}

/** Titles of the reports (in the bin too) whose data names this pack. */
function reportsUsingPack(db: Db, id: string): string[] {
  const rows = db
    .prepare(
      `SELECT title, deleted_at IS NOT NULL AS deleted FROM reports WHERE json_extract(data, '$.rulePackId') = ? ORDER BY title`,
    )
    .all(id) as { title: string; deleted: number }[];
  return rows.map((r) => (r.deleted ? `${r.title}（回收站）` : r.title));
}

function removeRulePack(db: Db, id: string) {
  if (isBuiltInPack(id)) throw new UserFacingError('invalid-input', `规则包“${id}”是内置规则包，不能移除`);
  const installed = installedPacks(db);
  if (!installed.some((p) => p.id === id)) {
    throw new UserFacingError('not-found', `本机没有导入过编号为“${id}”的规则包`);
  }
  const users = reportsUsingPack(db, id);
  if (users.length > 0) {
    throw new UserFacingError(
      'invalid-input',
      `规则包“${id}”仍有${users.length}份报告在使用，不能移除：请先在这些报告的“基本信息”中改选其他规则包`,
      users,
    );
  }
  writeSetting(
    db,
    RULE_PACKS_KEY,
    installed.filter((p) => p.id !== id),
  );
  loadInstalledPacks(db);
  return packList(db);
}

export function houseLayout(db: Db): HouseLayout | null {
  return readSetting(db, PDF_LAYOUT_KEY, HouseLayout);
}

/** What the PDF exporter uses now. */
export function pdfLayout(db: Db): PdfLayoutSettings {
  return withHouseLayout(houseLayout(db));
}

export function createSettingsService(db: Db): SliceHandlers<typeof settingsApi> {
  loadInstalledPacks(db);
  const state = () => {
    const house = houseLayout(db);
    return { layout: house ?? GBT9704_HOUSE_LAYOUT, isStandard: house === null };
  };
  return {
    'settings.pdfLayout': () => state(),
    'settings.setPdfLayout': ({ layout }) => {
      writeSetting(db, PDF_LAYOUT_KEY, layout);
      return state();
    },
    'settings.rulePacks': () => packList(db),
    'settings.importRulePack': ({ content }) => importRulePack(db, content),
    'settings.removeRulePack': ({ id }) => removeRulePack(db, id),
  };
}
