import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { today, type ExportContext } from '../modules/exporting.ts';
import { useDistrictYear } from './useDistrictYear.ts';
import { useShownStation } from './useStationHeader.ts';

/**
 * What the downloads of a station page say of themselves: the station, demo or not, and the
 * service year with the date its figures are as of (`asOf`, when the page knows it) or else the
 * contract's term. Null until the station layout knows the station.
 */
export function useStationExport(asOf: () => string | null | undefined = () => null) {
  const { t } = useI18n();
  const station = useShownStation();
  return computed<ExportContext | null>(() => {
    const s = station.value;
    if (!s) return null;
    const date = asOf();
    const period = date
      ? t('export.asOfYear', { date, year: s.year })
      : s.term
        ? t('export.term', { year: s.year, ...s.term })
        : t('export.year', { year: s.year });
    return { place: s.name, period, fileStem: `${s.code}-${s.year}`, demo: s.isDemo ? 'all' : 'none' };
  });
}

/**
 * What the downloads of a district page say of themselves: the district, the service year (or,
 * for pages of a date, `date`: that date, '' for today's figures), and whether the `stations`
 * shown are demo ones, all or some.
 */
export function useDistrictExport(
  stations: () => ReadonlyArray<{ isDemo: boolean }>,
  date?: () => string,
): ComputedRef<ExportContext> {
  const { t } = useI18n();
  const { code, year, name } = useDistrictYear();
  return computed(() => {
    const shown = stations();
    const demoCount = shown.filter((s) => s.isDemo).length;
    const demo = demoCount === 0 ? 'none' : demoCount === shown.length ? 'all' : 'some';
    if (!date) {
      const period = t('export.year', { year: year.value });
      return { place: name.value, period, fileStem: `${code.value}-${year.value}`, demo };
    }
    const on = date();
    const period = on ? t('common.asOf', { date: on }) : t('export.asOfToday', { date: today() });
    return { place: name.value, period, fileStem: `${code.value}-${on || today()}`, demo };
  });
}
