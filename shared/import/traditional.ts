/**
 * Some mirror sites convert a simplified-Chinese government table to traditional characters (黄冈 2020: "預算執行情況
 * (萬元)", "年度財政資金總額", "10萬"). A clerk who copies such a page into Excel gets those characters; the labels and
 * units are read after mapping them back. The table covers the characters of the forms' labels, units and common
 * project words, not the whole language: an unknown character is kept as it is.
 */
const PAIRS =
  '預预執执數数額额總总資资財财撥拨當当結结轉转萬万績绩評评標标級级際际實实價价單单稱称報报門门劃划體体滿满質质時时' +
  '經经濟济會会態态續续響响務务對对達达負负責责電电話话與与為为說说備备註注號号類类別别屬属專专擬拟採采進进區区縣县' +
  '鎮镇鄉乡業业費费發发產产開开關关個个這这來来檔档館馆搶抢護护詢询徵征編编陳陈聯联繫系審审覈核歲岁計计劃划' +
  '員员職职務务蓋盖項项參参狀状況况施施標标準准確确認认獲获補补貼贴農农戶户險险醫医療疗養养衛卫藥药學学校校' +
  '雜杂記记錄录填填寫写據据彙汇匯汇總总數数額额餘余差差異异應应缺缺陷陷題题問问決决設设備备維维運运輸输車车輛辆' +
  '辦办購购導导傳传訊讯線线網网絡络動动態态環环節节約约廣广場场織织規规範范標标誌志養养護护災灾難难勵励獎奖優优' +
  '劣劣級级數数據据黃黄岡冈';

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i] ?? '';
    const to = chars[i + 1] ?? '';
    if (from !== to) map.set(from, to);
  }
  return map;
})();

const ANY = new RegExp(`[${[...MAP.keys()].join('')}]`);
const ALL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/** The text with the traditional characters of the table above in their simplified form. */
export function toSimplified(text: string): string {
  return ANY.test(text) ? text.replace(ALL, (ch) => MAP.get(ch) ?? ch) : text;
}
