/**
 * The one policy for the date figures are taken on. Every view that accepts an `asOf` resolves
 * it here: the date asked for, else today; for a contract, never past the contract's end.
 */
import { minDate } from './dates.ts';

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
