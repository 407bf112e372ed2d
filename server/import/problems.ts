/**
 * What an import found wrong, DHIS2-style: each problem names its row, column and value with a
 * coded message in Chinese and English. Errors stop the whole file (nothing is written);
 * warnings are shown and the rest imports.
 */
import { errorMessages, type ErrorCode } from '../errors.ts';

export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  /** 1-based row in the file; null for the file as a whole. */
  row: number | null;
  /** Spreadsheet column letters (A, B …, AA); null for a whole row or file. */
  column: string | null;
  value: string | null;
  code: ErrorCode;
  severity: ProblemSeverity;
  message: { zh: string; en: string };
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

export interface ProblemAt {
  row?: number | null;
  /** 1-based column number. */
  col?: number | null;
  value?: unknown;
  /** More words for the message ({other}, {start} …). */
  params?: Record<string, string>;
  /** The same in English where they differ (a list joined with , rather than 、). */
  paramsEn?: Record<string, string>;
}

export function problem(
  code: ErrorCode,
  at: ProblemAt = {},
  severity: ProblemSeverity = 'error',
): ImportProblem {
  const column = at.col == null ? null : columnName(at.col);
  const value = at.value == null ? null : shortText(String(at.value));
  const params = {
    row: at.row == null ? '' : String(at.row),
    column: column ?? '',
    value: value ?? '',
    ...at.params,
  };
  const { zh, en } = errorMessages[code];
  return {
    row: at.row ?? null,
    column,
    value,
    code,
    severity,
    message: { zh: fill(zh, params), en: fill(en, { ...params, ...at.paramsEn }) },
  };
}

/** A cell's text as a problem names it: a 10 MB cell is named by its first 200 characters. */
export const shortText = (text: string, most = 200) =>
  text.length > most ? `${text.slice(0, most)}…` : text;

/** A problem that makes the file unreadable as a whole (thrown by the readers). */
export class ImportFailure extends Error {
  readonly problem: ImportProblem;
  constructor(code: ErrorCode, params: Record<string, string> = {}) {
    const p = problem(code, { value: params.value ?? params.file ?? null, params });
    super(p.message.en);
    this.problem = p;
  }
}

export const hasErrors = (problems: readonly ImportProblem[]) => problems.some((p) => p.severity === 'error');

/** 1-based column number → spreadsheet letters (1 → A, 27 → AA). */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
