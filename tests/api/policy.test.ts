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

  it('District.defaultYear is the latest year in which every Haizhu station holds a contract', async () => {
    const { data } = await server.query<{ district: { years: number[]; defaultYear: number } }>(
      `{ district(code: "haizhu") { years defaultYear } }`,
    );
    // Demo contracts run 2023 and 2024 on the pinned date; Chigang's reference year is 2023 only.
    expect(data!.district).toEqual({ years: [2023, 2024], defaultYear: 2023 });
  });
});
