import { useRouter } from 'vue-router';
import { useDistrictYear } from './useDistrictYear.ts';

/**
 * A click on a district chart's bar opens the station it shows, in the same year. The bars carry
 * their station's `code` in their data (see `charts/stationBars.ts`).
 */
export function useStationDrill() {
  const router = useRouter();
  const { year } = useDistrictYear();
  return (params: { data?: unknown }) => {
    const code = (params.data as { code?: string } | undefined)?.code;
    if (code) void router.push({ name: 'station', params: { code }, query: { year: String(year.value) } });
  };
}
