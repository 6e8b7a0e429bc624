/**
 * The export's refusal for characters the fonts lack (`pdf-missing-glyphs`), as a table the clerk can work through:
 * the character, its code, the font that lacks it and where it occurs. The service sends one line per character
 * ("“𠮷”（U+20BB7）缺于正文字体（仿宋/宋体），出现在：…；…"); a line in another shape is shown as it is.
 */
import { Alert, Table, type TableColumnsType } from 'antd';
import type { ApiError } from '../../../../shared/api/result';

export interface MissingGlyphRow {
  key: number;
  char: string;
  codePoint: string;
  faces: string;
  places: string[];
  /** The line as sent, when it could not be read. */
  raw?: string;
}

const LINE = /^(?:“(.+?)”|不可见字符)（?(U\+[0-9A-F]{4,6})）?缺于(.+?)(?:，出现在：(.+))?$/u;

export function parseMissingGlyphLine(line: string, key: number): MissingGlyphRow {
  const m = LINE.exec(line);
  if (!m) return { key, char: '', codePoint: '', faces: '', places: [], raw: line };
  const [, char, codePoint = '', faces = '', places = ''] = m;
  return {
    key,
    char: char ?? '（不可见）',
    codePoint,
    faces,
    places: places ? places.split('；').filter(Boolean) : [],
  };
}

const columns: TableColumnsType<MissingGlyphRow> = [
  {
    title: '字符',
    dataIndex: 'char',
    width: 90,
    // A line that could not be read spans the whole row, in this first cell.
    render: (char: string, row) => row.raw ?? <span className="missing-glyph-char">{char}</span>,
    onCell: (row) => (row.raw ? { colSpan: 4 } : {}),
  },
  {
    title: '编码',
    dataIndex: 'codePoint',
    width: 110,
    render: (code: string, row) => (row.raw ? null : <code>{code}</code>),
    onCell: (row) => (row.raw ? { colSpan: 0 } : {}),
  },
  {
    title: '缺少该字的字体',
    dataIndex: 'faces',
    width: 220,
    onCell: (row) => (row.raw ? { colSpan: 0 } : {}),
  },
  {
    title: '出现在',
    dataIndex: 'places',
    render: (places: string[]) =>
      places.length > 0 ? (
        <ul className="missing-glyph-places">
          {places.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        '—'
      ),
    onCell: (row) => (row.raw ? { colSpan: 0 } : {}),
  },
];

export function MissingGlyphs({ error }: { error: ApiError }) {
  const rows = (error.details ?? []).map(parseMissingGlyphLine);
  return (
    <div className="missing-glyphs" data-testid="missing-glyphs">
      <Alert
        type="error"
        showIcon
        title={`有${rows.length}个字符在所选字体中没有字形，未生成PDF`}
        description="这些字会被印成空白或方框，所以没有生成PDF。请到下列位置改用常用字的写法；或改选上方的“本机字体”（电脑上的字体含有这些字时）后再生成。"
      />
      <Table<MissingGlyphRow> size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} />
    </div>
  );
}
