/**
 * Downloads of what the dashboard shows: a table as CSV or XLSX, a chart as PNG or SVG. Every
 * file says above its figures what they are (the table or chart, whose, demo or not) and for
 * when (the date they are as of, or the service year), with the source. Numbers stay numbers —
 * rates in percent to two decimals, yuan to the cent, no thousands separators — so that a
 * spreadsheet computes with them. Sheets, CSV, XLSX and SVG are made from their inputs alone
 * (tested without a browser); saving and drawing PNGs need one.
 */
import type { EChartsOption } from 'echarts';
import { roundTo } from '../../../shared/format.ts';
import type { ChartText } from './i18n.ts';

type Translate = ChartText['t'];

/** What the downloads of a page are of: the same for every table and chart on it. */
export interface ExportContext {
  /** Whose figures: a station's or a district's name ('' for a page of nobody's, the audit log). */
  place: string;
  /** For when, as a line: "统计截至 2024-05-30（服务年度 2023）". */
  period: string;
  /** How file names start: the station or district code and the year, `haizhu-chigang-2023`. */
  fileStem: string;
  /** 'all': a demo station's figures; 'some': a district with demo stations among real ones. */
  demo: 'all' | 'some' | 'none';
}

/** A file's name: `haizhu-chigang-2023` + `indicators` + `csv`. */
export function fileName(context: ExportContext, name: string, extension: string): string {
  return `${context.fileStem}-${name}.${extension}`;
}

// ── Tables ───────────────────────────────────────────────────────────────────────────────────

export type Cell = string | number | null;

/**
 * How a column's values are written: `text` as they are; `count` as a plain number; `percent` from
 * a fraction to percent with two decimals (1.037 → 103.70, the header says "(%)"); `yuan` to the
 * cent (the header says "(元)").
 */
export type CellKind = 'text' | 'count' | 'percent' | 'yuan';

export interface ExportColumn<Row> {
  /** The column's name without its unit: the unit is added from `kind`. */
  header: string;
  kind: CellKind;
  value: (row: Row) => Cell | undefined;
}

/** A table to download: its title, its columns (what the file holds, not what the screen shows) and rows. */
export interface TableSpec<Row> {
  title: string;
  columns: ReadonlyArray<ExportColumn<Row>>;
  rows: readonly Row[];
  /** Whether a row is a demo station's: a last column then marks every row yes or no. */
  demoRow?: (row: Row) => boolean;
}

/** A table as a file holds it: a title line, a source line, the header with units, the rows. */
export interface Sheet {
  title: string;
  source: string;
  header: string[];
  kinds: CellKind[];
  rows: Cell[][];
}

/**
 * The sheet of a table. The title line names the table and the place, and says "示例数据" when
 * every figure is a demo station's; a table of several stations marks each row instead.
 */
export function buildSheet<Row>(table: TableSpec<Row>, context: ExportContext, t: Translate): Sheet {
  const { demoRow } = table;
  const columns: Array<ExportColumn<Row>> = [...table.columns];
  if (demoRow)
    columns.push({
      header: t('common.demo'),
      kind: 'text',
      value: (row) => t(demoRow(row) ? 'export.yes' : 'export.no'),
    });
  const allDemo = demoRow ? table.rows.length > 0 && table.rows.every(demoRow) : context.demo === 'all';
  return {
    title: [table.title, context.place, allDemo ? t('common.demoHint') : ''].filter(Boolean).join(' · '),
    source: t('export.source', { period: context.period }),
    header: columns.map((c) => headerWithUnit(c, t)),
    kinds: columns.map((c) => c.kind),
    rows: table.rows.map((row) => columns.map((c) => cellValue(c.kind, c.value(row)))),
  };
}

function headerWithUnit(column: ExportColumn<never>, t: Translate): string {
  if (column.kind === 'percent') return t('export.percent', { label: column.header });
  if (column.kind === 'yuan') return t('export.yuan', { label: column.header });
  return column.header;
}

/** A value as the file stores it: no figure is an empty cell, rates in percent, all rounded to the cent. */
export function cellValue(kind: CellKind, value: Cell | undefined): Cell {
  if (value == null || value === '') return null;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return null;
  return roundTo(kind === 'percent' ? value * 100 : value);
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first) starts with an apostrophe instead
 * (OWASP "CSV injection"); numbers are written as numbers and never touched.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: Cell, kind: CellKind): string {
  if (cell == null) return '';
  if (typeof cell === 'string') return quoteCsv(defused(cell));
  return kind === 'percent' || kind === 'yuan' ? cell.toFixed(2) : String(cell);
}

/** The sheet as CSV: UTF-8 with a byte order mark (so Excel reads Chinese), CRLF line ends. */
export function toCsv(sheet: Sheet): string {
  const lines = [
    quoteCsv(defused(sheet.title)),
    quoteCsv(defused(sheet.source)),
    sheet.header.map((h) => quoteCsv(defused(h))).join(','),
    ...sheet.rows.map((row) => row.map((cell, i) => csvField(cell, sheet.kinds[i] ?? 'text')).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────

/** Excel's limits on a sheet's name: 31 characters, none of []:*?/\ . */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** A column's width in characters, a CJK character counting two. */
function widthOf(values: readonly Cell[]): number {
  const chars = (v: Cell) =>
    [...String(v ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return Math.min(60, Math.max(8, ...values.map(chars)) + 2);
}

/**
 * The sheet as an XLSX workbook: title and source lines, a bold header frozen above the rows,
 * rates and yuan as numbers shown with two decimals. exceljs is loaded only when asked for, so it
 * stays out of the first page's bundle.
 */
export async function toXlsx(sheet: Sheet): Promise<ArrayBuffer> {
  const excel = await import('exceljs');
  // The browser build is a CommonJS bundle: its classes arrive on `default`.
  const { Workbook } = (excel as unknown as { default?: typeof excel }).default ?? excel;
  const book = new Workbook();
  const ws = book.addWorksheet(sheetName(sheet.title), { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([sheet.title]).font = { bold: true, size: 13 };
  ws.addRow([sheet.source]);
  ws.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  sheet.kinds.forEach((kind, i) => {
    const column = ws.getColumn(i + 1);
    if (kind === 'percent' || kind === 'yuan') column.numFmt = '0.00';
    column.width = widthOf([sheet.header[i] ?? '', ...sheet.rows.map((r) => r[i] ?? null)]);
  });
  return book.xlsx.writeBuffer();
}

// ── Charts ───────────────────────────────────────────────────────────────────────────────────

/** A chart as drawn: its option and size in CSS pixels. */
export interface ChartSnapshot {
  option: EChartsOption;
  width: number;
  height: number;
}

/** An image file: SVG text and its size in CSS pixels. */
export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** Narrower than this, a chart is drawn wider for the file (a phone's chart would be cramped). */
const minImageWidth = 720;
/** Heights of the band above the chart (place, demo mark) and below it (source line). */
const head = 40;
const foot = 32;
/** The app's own fonts (App.vue), Chinese ones first. */
const fontFamily = "-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The chart as an SVG file: drawn again through ECharts' own SVG export (title, legend and
 * reference lines as on screen, on white), under a line naming the place with the demo mark
 * and over the source line. ECharts is loaded here, not with the menu: a page's first chart
 * comes before it (`modules/chartRuntime.ts`).
 */
export async function chartImage(
  chart: ChartSnapshot,
  context: ExportContext,
  t: Translate,
): Promise<ChartImage> {
  const { echarts } = await import('../../../shared/echarts.ts');
  const width = Math.max(minImageWidth, Math.round(chart.width));
  const height = Math.round(chart.height);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let drawn: string;
  try {
    instance.setOption({ ...chart.option, animation: false, backgroundColor: '#fff' });
    drawn = instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
  const mark = { all: t('common.demoHint'), some: t('export.someDemo'), none: '' }[context.demo];
  const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
    body
      ? `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}" ${extra}>${escapeXml(body)}</text>`
      : '';
  const total = head + height + foot;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}"`;
  return {
    width,
    height: total,
    svg: [
      `${open} viewBox="0 0 ${width} ${total}" font-family="${fontFamily}">`,
      `<rect width="100%" height="100%" fill="#fff"/>`,
      text(12, 26, 15, '#111827', context.place, 'font-weight="bold"'),
      text(width - 12, 26, 13, '#92400e', mark, 'text-anchor="end"'),
      `<g transform="translate(0 ${head})">${drawn.replace(/^<\?xml[^>]*>/, '')}</g>`,
      text(12, head + height + 21, 12, '#374151', t('export.source', { period: context.period })),
      `</svg>`,
    ].join(''),
  };
}

/** The image as PNG at `scale` × its size (2: sharp on a retina screen and in print). Browser only. */
export async function pngOf(image: ChartImage, scale = 2): Promise<Blob> {
  const img = new Image();
  // `load`, not `decode()`: Chromium settles decode() only with a rendered frame, which a busy or
  // hidden tab may not produce for a long time; a loaded SVG can be drawn at once.
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the chart image did not load'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = image.width * scale;
  canvas.height = image.height * scale;
  canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

// ── Saving ───────────────────────────────────────────────────────────────────────────────────

const mimeTypes = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
} as const;

export type ExportFormat = keyof typeof mimeTypes;

/** Hands a file to the browser's downloads. Browser only. */
export function saveFile(content: Blob | string | ArrayBuffer, name: string, format: ExportFormat): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: mimeTypes[format] });
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  // Released a little later: some browsers read the URL only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today on the user's clock, YYYY-MM-DD (the date of a download of "today's" figures). */
export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
