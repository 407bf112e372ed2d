/**
 * The one policy for the date figures are taken on. Every view that accepts an `asOf` resolves
 * it here: the date asked for, else today; for a contract, never past the contract's end.
 */
import { addDaysIso, lastDayOfMonth, minDate, monthOf } from './dates.ts';

/** The date a district-wide view (weak indicators) is taken on. */
export function viewDate(asked: string | null | undefined, today: string): string {
  return asked ?? today;
}

/** The date a contract's figures are taken on: the view date, capped at the contract's last day. */
export function contractAsOf(
  contract: { end: string },
  asked: string | null | undefined,
  today: string,
): string {
  return minDate(viewDate(asked, today), contract.end);
}

/**
 * The last day whose figures count on `asOf`: monthly reports cover whole months, so a month
 * still running is not yet reported and pace is measured to the end of the last month ended by
 * `asOf` (2025-01-15 → 2024-12-31; 2025-01-31 → itself). On or after the contract's last day,
 * the whole contract counts.
 */
export function countedThrough(contract: { end: string }, asOf: string): string {
  if (asOf >= contract.end || asOf === lastDayOfMonth(monthOf(asOf))) return minDate(asOf, contract.end);
  return addDaysIso(`${monthOf(asOf)}-01`, -1);
}

/**
 * The date a region view is taken on: the last month-end on or before the date asked (default
 * today), because stations report whole months and thousands of them are compared on one day.
 */
export function regionAsOf(asked: string | null | undefined, today: string): string {
  const date = viewDate(asked, today);
  return date === lastDayOfMonth(monthOf(date)) ? date : addDaysIso(`${monthOf(date)}-01`, -1);
}

/** The latest service year of the contracts running on `today` (start ≤ today ≤ end); null when none is. */
export function runningYear(
  contracts: ReadonlyArray<{ serviceYear: number; start: string; end: string }>,
  today: string,
): number | null {
  const running = contracts.filter((c) => c.start <= today && today <= c.end).map((c) => c.serviceYear);
  return running.length > 0 ? Math.max(...running) : null;
}
