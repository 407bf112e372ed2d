/**
 * The calendar helpers are plain UTC arithmetic; date-fns (a library written for this) is the
 * oracle they are checked against, day by day over leap years and month ends.
 */
import { addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  daysInclusive,
  isIsoDate,
  lastDayOfMonth,
} from '../../server/domain/dates.ts';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
/** Every day from 2019-12-25 to 2025-03-05 (two leap days, every month end). */
const days = Array.from({ length: 1898 }, (_, i) => {
  const d = parseISO('2019-12-25');
  d.setDate(d.getDate() + i);
  return iso(d);
});

describe('calendar helpers', () => {
  it('add days and months as date-fns does, month ends clamped', () => {
    for (const day of days) {
      for (const n of [-13, -1, 1, 12, 29])
        expect(addMonthsIso(day, n)).toBe(iso(addMonths(parseISO(day), n)));
      for (const n of [-366, -1, 1, 31, 400]) {
        const d = parseISO(day);
        d.setDate(d.getDate() + n);
        expect(addDaysIso(day, n)).toBe(iso(d));
      }
      expect(daysInclusive('2023-05-31', day)).toBe(
        differenceInCalendarDays(parseISO(day), parseISO('2023-05-31')) + 1,
      );
    }
  });

  it('knows month lengths and refuses impossible dates', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2023-12')).toBe('2023-12-31');
    for (const text of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-4-01', 'x']) {
      expect(isIsoDate(text)).toBe(false);
    }
    for (const day of days) expect(isIsoDate(day)).toBe(isValid(parseISO(day)));
  });
});
