/**
 * The district overview's first chart drawn on the server (`District.completionChart`): the same
 * bars, figures and height the page draws from the API's own figures, in either language, for the
 * caller's stations only, with bad widths and costly documents refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  districtCompletionHeight,
  districtCompletionOption,
} from '../../shared/charts/districtCompletion.ts';
import { statusColors } from '../../shared/charts/palette.ts';
import { DistrictOverviewDocument } from '../../client/src/graphql/generated/graphql.ts';
import { stationLabel } from '../../shared/labels.ts';
import { chartText } from '../../server/charts/draw.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface Chart {
  svg: string;
  width: number;
  height: number;
  description: string;
}
interface Overview {
  district: {
    stations: Array<{
      code: string;
      streetZh: string;
      nameEn: string;
      isDemo: boolean;
      contract: null | {
        overallCompletion: number | null;
        overallStatus: string;
        resources: { expectedRate: number | null };
      };
    }>;
  };
}

const chartQuery = `query ($year: Int!, $width: Int!, $lang: String) {
  district(code: "haizhu") { completionChart(year: $year, width: $width, lang: $lang) { svg width height description } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function chart(variables: Record<string, unknown>, user = 'bureau') {
  const r = await server.queryAs<{ district: { completionChart: Chart } }>(user, chartQuery, variables);
  return { chart: r.data?.district?.completionChart, errors: r.errors };
}

/** What the page draws: the option built from the overview query's answer, as the page builds it. */
async function pageDescription(year: number, locale: 'zh-CN' | 'en', user = 'bureau') {
  const r = await server.queryAs<Overview>(user, DistrictOverviewDocument.toString(), {
    code: 'haizhu',
    year,
  });
  const stations = r.data!.district.stations;
  const option = districtCompletionOption(
    stations.map((s) => ({
      code: s.code,
      name: stationLabel(s, locale),
      isDemo: s.isDemo,
      completion: s.contract?.overallCompletion ?? null,
      status: s.contract?.overallStatus ?? 'NO_TARGET',
    })),
    stations.find((s) => s.contract)?.contract?.resources.expectedRate ?? null,
    chartText(locale),
  );
  const description = (option.aria as { label: { description: string } }).label.description;
  return { stations, description };
}

describe('the district completion chart drawn on the server', () => {
  it.each([
    [2023, 'zh-CN', null],
    [2023, 'en', 'en'],
    // The running year: with the pace line.
    [2024, 'zh-CN', 'zh'],
  ] as const)('%i in %s: the figures, bars and height the page draws', async (year, locale, lang) => {
    const { chart: drawn, errors } = await chart({ year, width: 900, lang });
    expect(errors).toBeUndefined();
    const page = await pageDescription(year, locale);
    expect(drawn!.description).toBe(page.description);
    if (year === 2023) expect(drawn!.description).toContain(locale === 'en' ? 'Chigang' : '赤岗街');
    if (year === 2024)
      expect(drawn!.svg).toContain(chartText(locale).t('station.paceLine', { rate: '' }).trim());
    expect(drawn!.width).toBe(900);
    expect(drawn!.height).toBe(districtCompletionHeight(page.stations.length));
    expect(drawn!.svg).toMatch(new RegExp(`^<svg width="900" height="${drawn!.height}"`));
    // One bar per station with a figure, in its status colour (plus one legend swatch per status).
    const statuses = page.stations.filter((s) => s.contract?.overallCompletion != null);
    expect(statuses.length).toBeGreaterThan(10);
    for (const status of new Set(statuses.map((s) => s.contract!.overallStatus))) {
      const bars = statuses.filter((s) => s.contract!.overallStatus === status).length;
      const drawnBars = drawn!.svg.match(new RegExp(`<path[^>]*fill="${statusColors[status]}"`, 'g')) ?? [];
      expect(drawnBars.length, status).toBe(bars + 1);
    }
    // A still picture: no animation, and no style sheet whose class names could reach a live chart.
    expect(drawn!.svg).not.toMatch(/<style|animation/);
    // Nor the class names, numbered by a count of every chart the server has drawn.
    expect(drawn!.svg).not.toMatch(/class="zr/);
    if (locale === 'en') expect(drawn!.svg).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("draws only the caller's stations", async () => {
    const { chart: drawn } = await chart({ year: 2023, width: 600 }, 'purchaser-chigang');
    const page = await pageDescription(2023, 'zh-CN', 'purchaser-chigang');
    expect(page.stations.map((s) => s.code)).toEqual(['haizhu-chigang']);
    expect(drawn!.description).toBe(page.description);
    expect(drawn!.description).not.toContain('新港街');
  });

  it.each([0, 239, 2401, 100_000])(
    'refuses a width of %i with a coded error naming the field',
    async (width) => {
      const { chart: drawn, errors } = await chart({ year: 2023, width });
      expect(drawn).toBeUndefined();
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'input/bad_limit',
        field: 'width',
        value: String(width),
      });
    },
  );

  it('refuses a document drawing three charts (the cost limit), and draws two', async () => {
    const drawing = (n: number) =>
      `{ district(code: "haizhu") { ${['a', 'b', 'c']
        .slice(0, n)
        .map((a, i) => `${a}: completionChart(year: 2023, width: ${300 + i}) { width }`)
        .join(' ')} } }`;
    const refused = await server.query(drawing(3));
    expect(refused.errors?.[0]?.extensions?.code).toBe('limit/cost');
    const two = await server.query(drawing(2));
    expect(two.errors).toBeUndefined();
    expect(two.data).toEqual({ district: { a: { width: 300 }, b: { width: 301 } } });
  });
});
