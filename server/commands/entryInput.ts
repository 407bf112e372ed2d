/**
 * Checks on what a station enters that need no database (zod): figures finite and not
 * negative, counts whole, months `YYYY-MM`. Each failure is a coded error naming the field
 * (`input.value`) with `classification: BAD_USER_INPUT`; then `commands/entry.ts` writes.
 */
import { z } from 'zod';
import { appError, type ErrorCode } from '../errors.ts';
import * as entry from './entry.ts';
import * as grid from './month.ts';
import * as periods from './periods.ts';
import * as quality from './qualityWork.ts';
import { dataQualityIssues } from '../read/quality.ts';
import type { Reader } from '../read/reader.ts';

/** The largest figure anyone enters (ten billion: a year's yuan of a district, with room). */
const maxFigure = 1e10;
const figure = z.number().finite().nonnegative().max(maxFigure);
const count = z.number().int().nonnegative().max(maxFigure);
/** Comments, explanations and reasons: a paragraph, not a file. */
const maxText = 2000;
/** Cells or people in one month's grid (a contract's grid has fewer than 200). */
const maxItems = 1000;
/** A name that must not be blank. */
const text = z.string().refine((v) => v.trim() !== '', { params: { code: 'entry/required' } });
const month = z
  .string()
  .refine((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m), { params: { code: 'entry/bad_month' } });

const schemas = {
  progress: z.object({ month, value: figure }),
  target: z.object({ value: figure }),
  resource: z.object({
    valueYuan: z.number().finite().positive().max(maxFigure),
  }),
  volunteers: z.object({ month, newVolunteers: count, backbone: count, serviceHours: figure.nullish() }),
  attendance: z.object({ month }),
  monthCell: z.object({ value: figure.nullish() }),
  monthVolunteers: z.object({ newVolunteers: count, backbone: count, serviceHours: figure.nullish() }),
  station: z.object({
    code: z
      .string()
      .refine((c) => /^[a-z0-9][a-z0-9-]{2,59}$/.test(c), { params: { code: 'entry/bad_code' } }),
    nameZh: text,
    nameEn: text,
    streetZh: text,
  }),
};

function codeOf(issue: z.core.$ZodIssue): ErrorCode {
  const own = (issue as { params?: { code?: ErrorCode } }).params?.code;
  if (own) return own;
  if (issue.code === 'too_small') return issue.inclusive === false ? 'entry/not_positive' : 'entry/negative';
  if (issue.code === 'too_big') return 'entry/too_large';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'entry/not_whole';
  return 'entry/not_a_number';
}

/** The input, or a coded error naming its first wrong field under `path` (`input.cells.3`). */
function check<T extends object>(schema: z.ZodType, input: T, path = 'input'): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return input;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  throw appError(issue ? codeOf(issue) : 'entry/not_a_number', {
    field: `${path}.${key}`,
    value: String((input as Record<string, unknown>)[key]),
    max: String(maxFigure),
  });
}

const context = (r: Reader, ip: string): entry.EntryContext => ({
  db: r.db,
  scope: r.scope,
  viewer: r.viewer,
  ip,
  today: r.today,
});

export const recordProgress = (r: Reader, ip: string, input: entry.ProgressInput) =>
  entry.recordProgress(context(r, ip), check(schemas.progress, input));

export const setTarget = (r: Reader, ip: string, input: entry.TargetInput) =>
  entry.setTarget(context(r, ip), check(schemas.target, input));

export const addResourceLink = (r: Reader, ip: string, input: entry.ResourceLinkInput) =>
  entry.addResourceLink(context(r, ip), check(schemas.resource, input));

export const recordVolunteers = (r: Reader, ip: string, input: entry.VolunteerMonthInput) =>
  entry.recordVolunteers(context(r, ip), check(schemas.volunteers, input));

export const recordAttendance = (r: Reader, ip: string, input: entry.AttendanceInput) =>
  entry.recordAttendance(context(r, ip), check(schemas.attendance, input));

export const addStation = (r: Reader, ip: string, input: entry.StationInput) =>
  entry.addStation(context(r, ip), check(schemas.station, input));

/** Refuses a text longer than a paragraph (the request parser would otherwise cut what it stores). */
function short(field: string, value: string | null | undefined): void {
  if (value != null && value.length > maxText)
    throw appError('entry/too_long', { field, length: String(value.length), max: String(maxText) });
}

function fewItems(field: string, items: readonly unknown[] | null | undefined): void {
  if (items != null && items.length > maxItems)
    throw appError('entry/too_many', { field, value: String(items.length), max: String(maxItems) });
}

export function saveMonth(r: Reader, ip: string, input: grid.MonthInput) {
  check(z.object({ month }), input);
  fewItems('input.cells', input.cells);
  fewItems('input.attendance', input.attendance);
  for (const [i, cell] of (input.cells ?? []).entries()) check(schemas.monthCell, cell, `input.cells.${i}`);
  if (input.volunteers) check(schemas.monthVolunteers, input.volunteers, 'input.volunteers');
  return grid.saveMonth(context(r, ip), input);
}

export function submitPeriod(r: Reader, ip: string, input: periods.SubmitInput) {
  short('explanation', input.explanation);
  return periods.submitPeriod(context(r, ip), input);
}

export function reviewPeriod(r: Reader, ip: string, input: periods.ReviewInput) {
  short('comment', input.comment);
  fewItems('cellComments', input.cellComments);
  for (const [i, c] of (input.cellComments ?? []).entries()) short(`cellComments.${i}.comment`, c.comment);
  return periods.reviewPeriod(context(r, ip), input);
}

export const lockPeriod = (r: Reader, ip: string, input: periods.LockInput) =>
  periods.lockPeriod(context(r, ip), input);

export function unlockPeriod(r: Reader, ip: string, input: periods.LockInput) {
  short('reason', input.reason);
  return periods.unlockPeriod(context(r, ip), input);
}

/** Work on one of a station's data-quality issues, found by its key among those the rules find now. */
export async function updateQualityIssue(r: Reader, ip: string, input: quality.IssueWorkInput) {
  short('explanation', input.explanation);
  const issues = await dataQualityIssues(r, { stationCode: input.stationCode, includeResolved: true });
  const found = issues.find((i) => i.key === input.key);
  if (!found)
    throw appError('quality/unknown_issue', { field: 'key', value: input.key, station: input.stationCode });
  const work = await quality.updateQualityIssue(context(r, ip), found, input);
  return { ...found, work };
}
