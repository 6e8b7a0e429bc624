/**
 * Tab-separated text as Excel and WPS put it on the clipboard: one line per row, a tab between cells, and a cell
 * holding a tab, a line break or a quote wrapped in quotes with inner quotes doubled.
 */

/** True when the text is more than one cell (has a tab or a line break once the final line break is removed). */
export function isCellBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
}

export function parseTsv(input: string): string[][] {
  const text = input.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endCell = (cell: string) => row.push(cell);
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= text.length) {
    if (text[i] === '"') {
      // A quoted cell, if a closing quote is followed by a tab, a line break or the end; otherwise a plain cell
      // that happens to start with a quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = j + 1 === text.length || text[j + 1] === '\t' || text[j + 1] === '\n';
          break;
        }
        value += text[j];
        j += 1;
      }
      if (closed) {
        endCell(value);
        i = j + 1;
        if (i >= text.length) {
          endRow();
          break;
        }
        if (text[i] === '\n') endRow();
        i += 1;
        continue;
      }
    }
    let j = i;
    while (j < text.length && text[j] !== '\t' && text[j] !== '\n') j += 1;
    endCell(text.slice(i, j));
    if (j >= text.length) {
      endRow();
      break;
    }
    if (text[j] === '\n') endRow();
    i = j + 1;
  }
  return rows;
}
