import type { EChartsOption } from 'echarts';
import { formatPercent } from '../modules/format.ts';
import type { ChartText } from '../modules/i18n.ts';
import { statusColors } from './palette.ts';
import { stationBarsOption } from './stationBars.ts';

export interface StationResources {
  code: string;
  name: string;
  isDemo: boolean;
  /** Resources linked ÷ target (fraction). */
  completionRate: number | null;
  /** The server's band: MET, ON_TRACK, BEHIND, CRITICAL or NO_TARGET. */
  band: string;
}

/**
 * Resources linked as % of target per station, coloured by band, with the band limits. While
 * the year runs the bands are pace-adjusted, so the limits are drawn at 60% and 90% of the pace.
 */
export function districtResourcesOption(
  rows: readonly StationResources[],
  expectedRate: number | null,
  text: ChartText,
): EChartsOption {
  const scale = expectedRate ?? 1;
  const limit = (fraction: number) => ({
    value: Math.round(fraction * scale * 1000) / 10,
    label: formatPercent(fraction * scale, text.locale, 0),
  });
  return stationBarsOption(
    {
      title: text.t('resources.districtTitle'),
      seriesName: text.t('district.resources'),
      rows: rows.map((r) => ({
        code: r.code,
        name: r.name,
        isDemo: r.isDemo,
        value: r.completionRate,
        color: statusColors[r.band],
      })),
      expectedRate,
      bands: [
        { ...limit(0.6), color: statusColors.CRITICAL as string },
        { ...limit(0.9), color: statusColors.BEHIND as string },
      ],
    },
    text,
  );
}
