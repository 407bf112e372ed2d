import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultPartyWeights,
  gradeBands,
  resourceBands,
  statusThresholds,
} from '../../server/domain/config.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('the policy the figures are judged by is served, so clients never copy it', () => {
  it('serves the domain configuration: thresholds, bands, weights and grade bands', async () => {
    const { data, errors } = await server.query<{ policy: Record<string, unknown> }>(`{ policy {
      statusThresholds { onTrack behind } resourceBands { behind onTrack } partyWeights { party weight }
      gradeBands { grade min } statedRateTolerance overAchievementLimit experiencedPracticeYears } }`);
    expect(errors).toBeUndefined();
    expect(data!.policy).toMatchObject({
      statusThresholds: { ...statusThresholds },
      resourceBands: { ...resourceBands },
      gradeBands: gradeBands.map((b) => ({ ...b })),
      partyWeights: Object.entries(defaultPartyWeights).map(([party, weight]) => ({
        party: party.toUpperCase(),
        weight,
      })),
    });
  });

  it('District.defaultYear is the running contract year, and a station added does not move it', async () => {
    const ask = () =>
      server.query<{ district: { years: number[]; defaultYear: number } }>(
        `{ district(code: "haizhu") { years defaultYear } }`,
      );
    // On the pinned date (2025-02-20) the 2024 contracts run; Chigang holds only its reference
    // year, 2023, which no longer moves the district back to it.
    const running = await server.sql<{ year: number }>(
      `select distinct service_year as year from contracts where start <= '2025-02-20' and "end" >= '2025-02-20'`,
    );
    expect(running.map((r) => Number(r.year))).toEqual([2024]);
    expect((await ask()).data!.district).toEqual({ years: [2023, 2024], defaultYear: 2024 });
    const added = await server.query(
      `mutation { addStation(input: { districtCode: "haizhu", code: "haizhu-newstation", nameZh: "新站", nameEn: "New", streetZh: "新街" }) { code } }`,
    );
    expect(added.errors).toBeUndefined();
    expect((await ask()).data!.district.defaultYear).toBe(2024);
  });
});
