/**
 * 附件2's income and expenditure blocks laid out as label/figure pairs (衡山县 2023): "按收入性质分：| 2030.12 |
 * 按支出性质分：| 1925.67" in one row, labels in one column, their figure in the next, two pairs across the sheet.
 * Each type has one figure there, not 年初/全年/执行, so the figure columns of the band above do not apply.
 */
import type { Section } from './find-sections';
import { matchMoneyRow, type MoneyRow, type MoneyTotal } from './row-labels';

export interface MoneyPair {
  target: MoneyRow | MoneyTotal;
  label: string;
  labelCol: number;
  /** The cell holding the figure: the cell right of the label, or the label cell itself ("其他资金：585.62"). */
  figureCol: number | null;
  /** A figure typed after the label in the same cell. */
  inline: string | null;
}

/** "其他资金：585.62" → label and figure; a plain label → the label alone. */
function splitInline(text: string): { label: string; inline: string | null } {
  const m = /^(.*?[^\d\s])[\s]*[:：]\s*([-+]?[\d,，.．]+)\s*$/.exec(text);
  return m?.[1] && m[2] ? { label: m[1], inline: m[2] } : { label: text, inline: null };
}

/**
 * The pairs of a body row, or null when the row is not laid out in pairs. A row is in pairs when a second money
 * label stands where a figure would be, or, once such a row has been seen (`inPairs`), when it is one label and at
 * most one figure.
 */
export function pairsInRow(section: Section, row: number, inPairs: boolean): MoneyPair[] | null {
  const cells = section.grid.rowTexts(row);
  const pairs: MoneyPair[] = [];
  let figures = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const { label, inline } = splitInline(cell.text);
    const target = matchMoneyRow(label);
    if (target === null) {
      figures++;
      continue;
    }
    const next = cells[i + 1];
    const nextIsFigure = !inline && next !== undefined && matchMoneyRow(splitInline(next.text).label) === null;
    pairs.push({
      target,
      label,
      labelCol: cell.col,
      figureCol: inline ? cell.col : nextIsFigure ? next.col : null,
      inline,
    });
    if (nextIsFigure) i++;
  }
  if (pairs.length === 0 || pairs[0]?.labelCol !== cells[0]?.col) return null;
  if (pairs.length >= 2 && figures === 0) return pairs;
  if (inPairs && pairs.length === 1 && figures === 0) return pairs;
  return null;
}
