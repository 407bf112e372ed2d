/** Date helpers over ISO strings (`YYYY-MM-DD`, months `YYYY-MM`), independent of time zone. */
import { addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return (
    isoDatePattern.test(value) && isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value
  );
}

/** Days from `from` to `to`, counting both ends (2023-05-31 … 2024-05-30 is 366 days). */
export function daysInclusive(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonthsIso(date: string, months: number): string {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}

export function addDaysIso(date: string, days: number): string {
  const d = parseISO(date);
  d.setDate(d.getDate() + days);
  return format(d, 'yyyy-MM-dd');
}

/** `2024-02` → `2024-02-29`. */
export function lastDayOfMonth(month: string): string {
  return addDaysIso(addMonthsIso(`${month}-01`, 1), -1);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Today's date in the server's calendar. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/**
 * The months a contract covers, as reported: a contract starting on the last day of a month
 * (Chigang: 2023-05-31) is reported from the next month, so months are counted from the month
 * in which the contract's first full day-after-start falls when the start is a month's last day.
 */
export function contractMonths(start: string, end: string): string[] {
  const first = addDaysIso(start, 1).slice(8) === '01' ? addDaysIso(start, 1) : start;
  const months: string[] = [];
  for (let d = `${monthOf(first)}-01`; monthOf(d) <= monthOf(end); d = addMonthsIso(d, 1)) {
    months.push(monthOf(d));
  }
  return months;
}
