/**
 * Date helpers over ISO strings (`YYYY-MM-DD`, months `YYYY-MM`), independent of time zone:
 * plain calendar arithmetic on UTC day numbers (a seed of 29,000 stations calls these millions
 * of times; parsing and formatting through a date library cost seconds).
 */
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

/** Days since 1970-01-01 of an ISO date (no validation: callers hold valid dates). */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs;
}

function isoOfDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month);
}

/** Days from `from` to `to`, counting both ends (2023-05-31 … 2024-05-30 is 366 days). */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Calendar months later (or earlier); a day past the target month's end becomes its last day (01-31 + 1 → 02-28). */
export function addMonthsIso(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month1 = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDaysIso(date: string, days: number): string {
  return isoOfDay(dayNumber(date) + days);
}

/** `2024-02` → `2024-02-29`. */
export function lastDayOfMonth(month: string): string {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Today's date in the server's calendar. */
export function todayIso(): string {
  const now = new Date();
  return isoOfDay(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / dayMs);
}

/**
 * The months a contract covers, as reported: a contract starting on the last day of a month
 * (Chigang: 2023-05-31) is reported from the next month, so months are counted from the month
 * in which the contract's first full day-after-start falls when the start is a month's last day.
 */
export function contractMonths(start: string, end: string): string[] {
  const first = addDaysIso(start, 1).slice(8) === '01' ? addDaysIso(start, 1) : start;
  const months: string[] = [];
  // At most a century of months: a date past 9999 would compare below the end and never stop.
  for (
    let d = `${monthOf(first)}-01`;
    monthOf(d) <= monthOf(end) && months.length < 1200;
    d = addMonthsIso(d, 1)
  ) {
    months.push(monthOf(d));
  }
  return months;
}

/** A contract's months (`contractMonths`) begun by `date`: those reportable then, and counted to it. */
export function contractMonthsThrough(start: string, end: string, date: string): string[] {
  return contractMonths(start, end).filter((m) => m <= monthOf(date));
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Beijing (UTC+8, no daylight saving). */
export function beijingDate(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10);
}
