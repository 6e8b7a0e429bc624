/**
 * Counts in free text against the items listed with them (domain.md §5 C16): "3个科室：办公室、财务股、业务股",
 * "直属事业单位10个，即A、B…", "A、B、C共3项". Items are separated by 、; a list ends at the first ，。；, so
 * "2项调研：城乡融合、乡村振兴，形成报告" lists two. A list ending in 等 is not exhaustive and is not counted.
 */

export interface CountedList {
  /** The phrase as written: "3个科室". */
  phrase: string;
  stated: number;
  named: number;
  items: string;
}

const UNIT = '个|家|所|项|名|条|座|处';
/** "N个X：A、B、C". */
const COLON_LIST = new RegExp(`(\\d+)(${UNIT})([\\u4e00-\\u9fa5]{1,10})[：:]([^。；;]+)`, 'g');
/** "X N个，即A、B" / "N个，分别是A、B". */
const NAMELY_LIST = new RegExp(`(\\d+)(${UNIT})[，,]?(?:即|分别是|分别为|包括)[：:]?([^。；;]+)`, 'g');
/** "A、B、C共N项". */
const TOTAL_AFTER = new RegExp(`((?:[^、，,。；;：:\\s]+、)+[^、，,。；;：:\\s]+?)(等)?共(?:计)?(\\d+)(${UNIT})`, 'g');

function listItems(segment: string): string[] | null {
  const list = segment.split(/[，,。；;]/)[0] ?? '';
  if (/等$/.test(list.trim())) return null;
  const items = list.split('、').map((s) => s.trim());
  return items.length > 1 && items.every(Boolean) ? items : null;
}

export function countedLists(text: string): CountedList[] {
  const out: CountedList[] = [];
  for (const m of text.matchAll(COLON_LIST)) {
    const items = listItems(m[4] ?? '');
    if (items)
      out.push({ phrase: `${m[1]}${m[2]}${m[3]}`, stated: Number(m[1]), named: items.length, items: items.join('、') });
  }
  for (const m of text.matchAll(NAMELY_LIST)) {
    const items = listItems(m[3] ?? '');
    if (items)
      out.push({ phrase: `${m[1]}${m[2]}`, stated: Number(m[1]), named: items.length, items: items.join('、') });
  }
  for (const m of text.matchAll(TOTAL_AFTER)) {
    if (m[2]) continue;
    const items = (m[1] ?? '').split('、');
    out.push({ phrase: `共${m[3]}${m[4]}`, stated: Number(m[3]), named: items.length, items: items.join('、') });
  }
  return out;
}
