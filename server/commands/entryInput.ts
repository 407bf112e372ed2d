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
import type { Reader } from '../read/reader.ts';

const figure = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();
/** A name that must not be blank. */
const text = z.string().refine((v) => v.trim() !== '', { params: { code: 'entry/required' } });
const month = z
  .string()
  .refine((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m), { params: { code: 'entry/bad_month' } });

const schemas = {
  progress: z.object({ month, value: figure }),
  target: z.object({ value: figure }),
  resource: z.object({
    valueYuan: z.number().finite().positive(),
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

export function saveMonth(r: Reader, ip: string, input: grid.MonthInput) {
  check(z.object({ month }), input);
  for (const [i, cell] of (input.cells ?? []).entries()) check(schemas.monthCell, cell, `input.cells.${i}`);
  if (input.volunteers) check(schemas.monthVolunteers, input.volunteers, 'input.volunteers');
  return grid.saveMonth(context(r, ip), input);
}

export const submitPeriod = (r: Reader, ip: string, input: periods.SubmitInput) =>
  periods.submitPeriod(context(r, ip), input);

export const reviewPeriod = (r: Reader, ip: string, input: periods.ReviewInput) =>
  periods.reviewPeriod(context(r, ip), input);

export const lockPeriod = (r: Reader, ip: string, input: periods.LockInput) =>
  periods.lockPeriod(context(r, ip), input);

export const unlockPeriod = (r: Reader, ip: string, input: periods.LockInput) =>
  periods.unlockPeriod(context(r, ip), input);
