/**
 * The only module that reads workbooks with exceljs. Steps, in order:
 *   1. precheckWorkbook (this thread, nothing inflated): file kind, size, the ZIP directory's declarations.
 *   2. A worker thread with a heap limit and a wall-clock limit, which
 *      a. loads the workbook whole with exceljs (never the streaming reader: exceljs 4.4.0's stream reader splits
 *         multi-byte characters at chunk boundaries, issues #2063/#2316), with defined names switched off;
 *      b. inflates each entry itself when exceljs asks for it, with an output cap equal to the declared size (a
 *         lying directory fails), refusing XML with DOCTYPE/ENTITY and counting a sheet's rows and cells before
 *         exceljs parses it;
 *      c. returns plain values: formula cells as their cached result (never evaluated), rich text as its text,
 *         percent-formatted numbers as "95%", dates as YYYY-MM-DD.
 * The worker runs the function `workbookWorker` below from its source text (eval worker), so the same code works
 * from TypeScript under vitest and from the esbuild bundles; it must therefore use nothing from this module's scope.
 */
import path from 'node:path';
import type { CellValue, MergeRange, SheetData, WorkbookData } from '../../../shared/import/workbook-data';
import { EXCEL_LIMITS, type ExcelLimits } from './limits';
import { precheckWorkbook } from './precheck-workbook';
import { WorkbookReadError, type ReadErrorCode } from './read-errors';
import { runWorkbookWorker } from './run-workbook-worker';
import type { WorkerDetail, WorkerInput, WorkerReply } from './worker-protocol';

export interface ReadWorkbookOptions {
  limits?: ExcelLimits;
  /** Aborting stops the worker at once (the clerk pressed 取消); the promise rejects with code 'cancelled'. */
  signal?: AbortSignal;
}

/**
 * Runs inside the worker. Self-contained on purpose (see the header): `load` is the worker's own require.
 * Everything is reported through postMessage; an exception that escapes becomes 'parse-failed' in the parent.
 */
function workbookWorker(load: (id: string) => unknown): void {
  const threads = load('node:worker_threads') as typeof import('node:worker_threads');
  const zlib = load('node:zlib') as typeof import('node:zlib');
  const port = threads.parentPort;
  const input = threads.workerData as WorkerInput;
  const { limits } = input;
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);

  class Refusal {
    constructor(
      readonly code: ReadErrorCode,
      readonly detail: WorkerDetail = {},
    ) {}
  }
  const reply = (message: WorkerReply) => port?.postMessage(message);

  const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
  const DOCTYPE = [
    Buffer.from('<!DOCTYPE'),
    Buffer.from('<!ENTITY'),
    Buffer.from('<!DOCTYPE', 'utf16le'),
    Buffer.from('<!ENTITY', 'utf16le'),
  ];

  /** Occurrences of `<tag` followed by a space, '>' or '/' (so "<row" does not count "<rowBreaks"). */
  function countTags(data: Buffer, tag: string): number {
    const needle = Buffer.from(`<${tag}`);
    let count = 0;
    let at = data.indexOf(needle);
    while (at >= 0) {
      const next = data[at + needle.length];
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++;
      at = data.indexOf(needle, at + needle.length);
    }
    return count;
  }

  function decodeXmlText(text: string): string {
    return text
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }

  /** Sheet XML path → the sheet's name, from workbook.xml and its relationships (for messages only). */
  function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
    const targets = new Map<string, string>();
    for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (id && target) targets.set(id, target.replace(/^\/?(?:xl\/)?/, 'xl/'));
    }
    const names = new Map<string, string>();
    for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
      const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
      const path = id ? targets.get(id) : undefined;
      if (name !== undefined && path) names.set(path, decodeXmlText(name));
    }
    return names;
  }

  /** What the entries inflated so far have shown: needed to name a sheet and to add up cells across sheets. */
  const seen = { workbookXml: '', relsXml: '', cells: 0 };

  /**
   * Inflates one entry with an output cap equal to its declared size (a lying directory fails here), refuses
   * DOCTYPE/ENTITY, and counts a sheet's rows and cells before exceljs parses a byte of it.
   */
  function inflateEntry(e: WorkerInput['entries'][number]): Buffer {
    const raw = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let data: Buffer;
    if (e.method === 0) data = raw;
    else {
      try {
        data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw new Refusal('size-mismatch', { name: e.name });
        }
        throw new Refusal('corrupt', { name: `“${e.name}”无法解压` });
      }
    }
    if (data.length !== e.uncompressedSize) throw new Refusal('size-mismatch', { name: e.name });
    if (/\.(?:xml|rels|vml)$/i.test(e.name) && DOCTYPE.some((d) => data.includes(d))) {
      throw new Refusal('xml-entity', { name: e.name });
    }
    if (e.name === 'xl/workbook.xml') seen.workbookXml = data.toString('utf8');
    else if (e.name === 'xl/_rels/workbook.xml.rels') seen.relsXml = data.toString('utf8');
    else if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      // Only rows and cells that hold something count: borders formatted down to row 25,000 are not data.
      data = withoutEmptyCells(data);
      const rows = countTags(data, 'row');
      if (rows > limits.maxRowsPerSheet) throw new Refusal('too-many-rows', { sheet: sheetName(e.name), count: rows });
      seen.cells += countTags(data, 'c');
      if (seen.cells > limits.maxCells) throw new Refusal('too-many-cells', { count: seen.cells });
    }
    return data;
  }

  /** Whether some `<tag …/>` element closes itself (an empty cell or row): a byte scan, no string is made. */
  function hasSelfClosing(data: Buffer, open: string): boolean {
    const needle = Buffer.from(open);
    let at = data.indexOf(needle);
    while (at >= 0) {
      const end = data.indexOf(0x3e, at);
      if (end < 0) return false;
      if (data[end - 1] === 0x2f) return true;
      at = data.indexOf(needle, end);
    }
    return false;
  }

  /** The tab name of a sheet part, for messages: read from workbook.xml even when exceljs has not asked for it yet. */
  function sheetName(part: string): string {
    for (const name of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
      const known = name === 'xl/workbook.xml' ? seen.workbookXml : seen.relsXml;
      const entry = input.entries.find((x) => x.name === name);
      if (known === '' && entry) inflateEntry(entry);
    }
    return sheetNames(seen.workbookXml, seen.relsXml).get(part) ?? '（未命名的工作表）';
  }

  /**
   * The sheet without cells that hold no value and no formula (<c r="B9" s="3"/>) and without rows left empty.
   * Returns the same buffer when there is nothing to drop.
   */
  function withoutEmptyCells(data: Buffer): Buffer {
    if (!hasSelfClosing(data, '<c ') && !hasSelfClosing(data, '<row ')) return data;
    const stripped = data
      .toString('utf8')
      .replace(/<c\b[^>]*\/>/g, '')
      .replace(/<c\b[^>]*><\/c>/g, '')
      .replace(/<row\b[^>]*\/>/g, '')
      .replace(/<row\b[^>]*>\s*<\/row>/g, '');
    return Buffer.from(stripped, 'utf8');
  }

  /**
   * exceljs reads the archive through JSZip.loadAsync(); it is given this stand-in instead, whose entries inflate
   * through inflateEntry when exceljs asks for them. So every byte exceljs sees was inflated once, by zlib, under
   * the caps above, and JSZip (pure-JS inflate, no size checks) never touches the file.
   */
  function archiveForExceljs(): { files: Record<string, unknown> } {
    const files: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const e of input.entries) {
      files[e.name] = {
        name: e.name,
        dir: e.name.endsWith('/'),
        async: (type: string) =>
          Promise.resolve().then(() => {
            const data = inflateEntry(e);
            return type === 'string' ? data.toString('utf8') : data;
          }),
      };
    }
    return { files };
  }

  /** Object.prototype as it is now: names and values, to notice any change made while parsing. */
  function prototypeSnapshot(): [string, unknown][] {
    return Object.getOwnPropertyNames(Object.prototype).map((n) => [
      n,
      Object.getOwnPropertyDescriptor(Object.prototype, n)?.value,
    ]);
  }

  function samePrototype(before: [string, unknown][]): boolean {
    const after = prototypeSnapshot();
    return after.length === before.length && after.every(([n, v], i) => before[i]?.[0] === n && before[i]?.[1] === v);
  }

  function percentText(n: number): string {
    return `${String(Number((n * 100).toPrecision(15)))}%`;
  }

  function dateText(d: Date): string {
    if (Number.isNaN(d.getTime())) return '';
    const iso = d.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }

  type ExcelCell = import('exceljs').Cell;

  /**
   * A cell's value as plain data. Called once per cell of the workbook, so it allocates nothing it does not return
   * and asks for the number format (a style lookup) only for numbers.
   */
  function plainValue(cell: ExcelCell, value: unknown, uncached: [number, number][]): CellValue {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') {
      const fmt = cell.numFmt as unknown;
      return typeof fmt === 'string' && fmt.includes('%') ? percentText(value) : value;
    }
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (value instanceof Date) return dateText(value);
    if (typeof value === 'object') {
      const o = value as {
        richText?: { text?: unknown }[];
        text?: unknown;
        error?: unknown;
        result?: unknown;
        formula?: unknown;
        sharedFormula?: unknown;
      };
      if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
      if (o.formula !== undefined || o.sharedFormula !== undefined) {
        if (o.result === undefined) {
          uncached.push([Number(cell.row), Number(cell.col)]);
          return null;
        }
        return plainValue(cell, o.result, uncached);
      }
      if (typeof o.error === 'string') return o.error;
      if (o.text !== undefined) return plainValue(cell, o.text, uncached);
    }
    return null;
  }

  async function parse(): Promise<WorkbookData> {
    const Workbook = load(input.exceljsPath) as typeof import('exceljs').Workbook;
    const { ValueType } = load(input.exceljsEnumsPath) as Pick<typeof import('exceljs'), 'ValueType'>;
    // The same module instance exceljs itself requires (resolved from exceljs's folder by the parent).
    const JSZip = load(input.jszipPath) as { loadAsync: (data: unknown) => Promise<unknown> };
    JSZip.loadAsync = () => Promise.resolve(archiveForExceljs());
    const before = prototypeSnapshot();
    const workbook = new Workbook();
    // Defined names are not needed, and exceljs expands each range cell by cell into an object keyed by the
    // name: "__proto__" or "A1:XFD1048576" there would be dangerous or endless. Capture them, never apply them.
    let definedNames: unknown = [];
    const holder = (workbook as unknown as { _definedNames?: object })._definedNames;
    if (holder) {
      Object.defineProperty(holder, 'model', {
        configurable: true,
        get: () => [],
        set: (value: unknown) => {
          definedNames = value;
        },
      });
    }
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
      if (!samePrototype(before)) throw new Refusal('prototype-changed');
      if (error instanceof Refusal) throw error;
      throw new Refusal('parse-failed');
    }
    if (!samePrototype(before)) throw new Refusal('prototype-changed');
    if (Array.isArray(definedNames)) {
      for (const d of definedNames as { name?: unknown }[]) {
        if (typeof d?.name === 'string' && RESERVED.has(d.name)) throw new Refusal('reserved-name', { name: d.name });
      }
    }
    const sheets: SheetData[] = [];
    for (const ws of workbook.worksheets) {
      if (RESERVED.has(ws.name)) throw new Refusal('reserved-name', { name: ws.name });
      if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
      const rows: CellValue[][] = [];
      const bounds = new Map<string, MergeRange>();
      const uncached: [number, number][] = [];
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const out: CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          if (colNumber > limits.maxColumns) {
            throw new Refusal('too-many-columns', {
              sheet: ws.name,
              row: rowNumber,
              column: cell.address.replace(/\d+$/, ''),
            });
          }
          if (cell.type === ValueType.Merge) {
            const master = cell.master;
            const key = master.address;
            const m = bounds.get(key) ?? {
              top: Number(master.row),
              left: Number(master.col),
              bottom: Number(master.row),
              right: Number(master.col),
            };
            m.bottom = Math.max(m.bottom, rowNumber);
            m.right = Math.max(m.right, colNumber);
            m.top = Math.min(m.top, rowNumber);
            m.left = Math.min(m.left, colNumber);
            bounds.set(key, m);
            return;
          }
          const value = plainValue(cell, cell.value, uncached);
          if (typeof value === 'string' && value.length > limits.maxCellChars) {
            throw new Refusal('cell-too-long', {
              sheet: ws.name,
              row: rowNumber,
              column: cell.address.replace(/\d+$/, ''),
            });
          }
          while (out.length < colNumber - 1) out.push(null);
          out[colNumber - 1] = value;
        });
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = out;
      });
      const sheet: SheetData = { name: ws.name, rows, merges: [...bounds.values()] };
      if (uncached.length > 0) sheet.formulasWithoutResult = uncached.map(([row, col]) => ({ row, col }));
      sheets.push(sheet);
    }
    if (sheets.every((s) => s.rows.every((r) => r.every((v) => v === null || v === ''))))
      throw new Refusal('empty-workbook');
    return { sheets };
  }

  (async () => {
    try {
      reply({ ok: true, workbook: await parse() });
    } catch (error) {
      if (error instanceof Refusal) reply({ ok: false, code: error.code, detail: error.detail });
      else reply({ ok: false, code: 'parse-failed', detail: {} });
    }
  })().catch(() => reply({ ok: false, code: 'parse-failed', detail: {} }));
}

/** The worker's program: the function above, called with the worker's require. */
const WORKER_SOURCE = `(${workbookWorker.toString()})(require);`;

/**
 * exceljs's Workbook class (the whole-file loader) and its enums, and the jszip that exceljs itself loads. Only the
 * Workbook is loaded, not the package's entry point: that also loads the streaming reader and writer, CSV and
 * their dependencies, which the import never uses and which took more than half of exceljs's start-up time.
 */
function modulePaths(): Pick<WorkerInput, 'exceljsPath' | 'exceljsEnumsPath' | 'jszipPath'> {
  // `require` is the CommonJS one in the Electron bundle, the banner's createRequire in the ESM bundles, and
  // vite-node's in tests; each resolves from the file that runs, so a packaged app finds its own node_modules.
  const root = path.dirname(require.resolve('exceljs'));
  return {
    exceljsPath: path.join(root, 'lib', 'doc', 'workbook.js'),
    exceljsEnumsPath: path.join(root, 'lib', 'doc', 'enums.js'),
    jszipPath: require.resolve('jszip', { paths: [root] }),
  };
}

/** Reads an .xlsx into plain rows, or throws WorkbookReadError with a Chinese message. */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<WorkbookData> {
  const limits = options.limits ?? EXCEL_LIMITS;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = precheckWorkbook(buffer, limits);
  // A private copy is handed over (transferred, not cloned again): the caller's buffer stays usable.
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return runWorkbookWorker(
    WORKER_SOURCE,
    { bytes: copy, entries, limits: { ...limits }, ...modulePaths() },
    limits,
    options.signal,
  );
}

export { WorkbookReadError };
