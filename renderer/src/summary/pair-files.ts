/**
 * The files a bureau picks for the 汇总: report files, and each report's signed PDF by its base name
 * (公安局2024.selfeval.json ↔ 公安局2024.pdf), as `selfeval summary` pairs them in a folder.
 */
export interface ReportPick<F> {
  report: F;
  pdf: F | null;
}

export interface Picked<F> {
  reports: ReportPick<F>[];
  /** PDFs with no report of the same base name. */
  strayPdfs: F[];
  /** Neither a report file nor a PDF. */
  others: F[];
}

const REPORT = /\.selfeval\.json$|\.json$/i;
const PDF = /\.pdf$/i;

export function baseOf(name: string): string {
  return name.replace(REPORT, '').replace(PDF, '');
}

/** Later picks replace earlier ones of the same name (the clerk chose a corrected file). */
export function pairFiles<F extends { name: string }>(files: readonly F[]): Picked<F> {
  const reports = new Map<string, F>();
  const pdfs = new Map<string, F>();
  const others: F[] = [];
  for (const f of files) {
    if (REPORT.test(f.name)) reports.set(f.name, f);
    else if (PDF.test(f.name)) pdfs.set(baseOf(f.name), f);
    else others.push(f);
  }
  const used = new Set<string>();
  const picks = [...reports.values()].map((report) => {
    const pdf = pdfs.get(baseOf(report.name)) ?? null;
    if (pdf) used.add(baseOf(report.name));
    return { report, pdf };
  });
  return {
    reports: picks,
    strayPdfs: [...pdfs.entries()].filter(([base]) => !used.has(base)).map(([, f]) => f),
    others,
  };
}
