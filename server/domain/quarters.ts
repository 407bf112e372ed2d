/** Quarters of a contract, counted from its start (Q1 = the first three months). */
import { addDaysIso, addMonthsIso, minDate } from './dates.ts';

export interface Quarter {
  quarter: number;
  start: string;
  end: string;
}

export function contractQuarters(contract: { start: string; end: string }): Quarter[] {
  return [1, 2, 3, 4]
    .map((quarter) => {
      const start = addMonthsIso(contract.start, 3 * (quarter - 1));
      const end =
        quarter === 4
          ? contract.end
          : minDate(addDaysIso(addMonthsIso(contract.start, 3 * quarter), -1), contract.end);
      return { quarter, start, end };
    })
    .filter((q) => q.start <= contract.end);
}

/** The quarters begun by `asOf`, each with the date its figures are taken on. */
export function quartersReached(
  contract: { start: string; end: string },
  asOf: string,
): Array<Quarter & { asOf: string; complete: boolean }> {
  return contractQuarters(contract)
    .filter((q) => q.start <= asOf)
    .map((q) => ({ ...q, asOf: minDate(q.end, asOf), complete: q.end <= asOf }));
}
