/**
 * A row the clerk added and left wholly blank: no name, and every amount empty (null) or 0 — it is no figure of
 * anything either way. The editor drops such rows at save; the checks ask for the name of a row that is not blank
 * (rules-unnamed.ts). One definition for both, so a row is never saved as blank and then flagged, or the reverse.
 */
import type { Indicator } from './indicator';
import type { Report } from './report';

type Project = Report['projects']['items'][number];
type BaseRow = Report['baseData']['projectRows'][number];

export const isBlankProject = (p: Project): boolean =>
  !p.name.trim() &&
  !p.initialFen &&
  !p.annualFen &&
  !p.spentFen &&
  !p.addedMidYear &&
  !p.lowRateReason.trim() &&
  p.table === null;

export const isBlankBaseRow = (r: BaseRow): boolean =>
  !r.label.trim() && !r.prevFinalFen && !r.budgetFen && !r.finalFen;

export const isBlankIndicator = (i: Indicator): boolean =>
  !i.level1.trim() &&
  !i.level2.trim() &&
  !i.name.trim() &&
  !i.target.trim() &&
  !i.unit.trim() &&
  !i.actual.trim() &&
  !i.weightCenti &&
  !i.scoreCenti &&
  !i.deviation.trim();
