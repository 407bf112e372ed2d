import type { EChartsOption } from 'echarts';
import { formatPercent, roundTo } from '../format.ts';
import type { ChartText } from '../messages.ts';
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

/** Lower limits of the BEHIND and ON_TRACK bands on the pace ratio (fractions), from `Query.policy`. */
export interface ResourceBandLimits {
  behind: number;
  onTrack: number;
}

/**
 * Resources linked as % of target per station, coloured by band, with the band limits. While
 * the year runs the bands are pace-adjusted, so the limits are drawn at the limit × the pace.
 */
export function districtResourcesOption(
  rows: readonly StationResources[],
  expectedRate: number | null,
  limits: ResourceBandLimits,
  text: ChartText,
): EChartsOption {
  const scale = expectedRate ?? 1;
  /** A band's lower limit, named by what lies below it: 低于 60%：严重滞后. */
  const limit = (fraction: number, below: string) => ({
    value: roundTo(fraction * scale * 100, 1),
    label: text.t('chart.below', {
      rate: formatPercent(fraction * scale, text.locale, 0),
      status: text.t(`status.${below}`),
    }),
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
        status: r.band,
      })),
      expectedRate,
      bands: [
        { ...limit(limits.behind, 'CRITICAL'), color: statusColors.CRITICAL as string },
        { ...limit(limits.onTrack, 'BEHIND'), color: statusColors.BEHIND as string },
      ],
    },
    text,
  );
}
