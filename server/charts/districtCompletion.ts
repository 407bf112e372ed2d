/**
 * The district overview's first chart, overall completion by station, drawn on the server from
 * the same figures the API gives the page (`District.stations { contract(year) { overallCompletion
 * overallStatus resources { expectedRate } } }`) with the page's own option builder and height.
 */
import {
  districtCompletionHeight,
  districtCompletionOption,
  drawnWidths,
} from '../../shared/charts/districtCompletion.ts';
import { stationLabel } from '../../shared/labels.ts';
import type { DistrictRow } from '../db/schema.ts';
import { appError } from '../errors.ts';
import type { Reader } from '../read/reader.ts';
import { resourceSummary } from '../read/resources.ts';
import { contractOfYear, stationsOf } from '../read/stations.ts';
import { contractOverallCompletion, contractOverallStatus } from '../read/statuses.ts';
import { chartText, drawChart, localeOf, type DrawnChart } from './draw.ts';

export async function districtCompletionChart(
  r: Reader,
  district: DistrictRow,
  year: number,
  width: number,
  lang: string | null | undefined,
): Promise<DrawnChart> {
  if (!Number.isInteger(width) || width < drawnWidths.min || width > drawnWidths.max) {
    const { min, max } = drawnWidths;
    throw appError('input/bad_limit', {
      field: 'width',
      value: String(width),
      min: String(min),
      max: String(max),
    });
  }
  const locale = localeOf(lang);
  const stations = await stationsOf(r, district);
  const rows = await Promise.all(
    stations.map(async (s) => {
      const contract = await contractOfYear(r, s, year);
      return {
        contract,
        code: s.code,
        name: stationLabel(s, locale),
        isDemo: s.isDemo,
        completion: contract ? await contractOverallCompletion(r, contract) : null,
        status: contract ? await contractOverallStatus(r, contract) : 'NO_TARGET',
      };
    }),
  );
  // As the page takes it: the pace of the first station with one that year (a resources figure
  // that is a year total still running has none).
  let expectedRate: number | null = null;
  for (const { contract } of rows) {
    expectedRate = contract ? (await resourceSummary(r, contract)).expectedRate : null;
    if (expectedRate != null) break;
  }
  const option = districtCompletionOption(rows, expectedRate, chartText(locale));
  return drawChart(option, width, districtCompletionHeight(rows.length));
}
