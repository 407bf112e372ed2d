/**
 * A region's figures for a month not yet rolled up are computed within the request, and on
 * SQLite every read is synchronous: the computation gives other requests their turn between
 * batches of contracts, so that one province page never holds the server. Checked by order,
 * not by time: a /healthz sent once the computation has started is answered before it ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCountry } from '../../server/seed/country.ts';
import { seedDemoDatabase, seedIndicatorCatalogue } from '../../server/seed/index.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seed: async ({ db }) => {
      await seedDemoDatabase(db, { asOf: TEST_TODAY });
      const indicatorIds = await db.transaction((tx) => seedIndicatorCatalogue(tx));
      await seedCountry(db, { stations: 240, asOf: TEST_TODAY, seed: 7, indicatorIds });
    },
  });
}, 120_000);
afterAll(() => server.close());

const OVERVIEW = `query($asOf: Date) {
  region(code: "guangdong") { overview(year: 2023, asOf: $asOf) { stations completion { median } } }
}`;

describe('a region overview computed within the request', () => {
  it('lets /healthz through while it computes, and still answers whole', async () => {
    const token = await server.token('province');
    const before = (await server.sql<{ n: number }>('select count(*) as n from contract_figures'))[0]!.n;
    server.resetCount();
    let overviewDone = false;
    const answer = fetch(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: OVERVIEW, variables: { asOf: '2024-02-29' } }),
    })
      .then((r) => r.json() as Promise<{ data?: { region: { overview: { stations: number } } } }>)
      .finally(() => (overviewDone = true));
    // Wait (between the computation's batches) until it has read the database a while.
    while (server.statements() < 100 && !overviewDone) await new Promise((done) => setTimeout(done, 1));
    expect(overviewDone).toBe(false);
    const health = await fetch(`${server.app.url}/healthz`);
    expect(health.status).toBe(200);
    // Answered before the overview: the computation was not holding the server.
    expect(overviewDone).toBe(false);
    const body = await answer;
    expect(body.data?.region.overview.stations).toBe(240);
    // And it computed the month's figures (stored for the next request).
    const after = (await server.sql<{ n: number }>('select count(*) as n from contract_figures'))[0]!.n;
    expect(Number(after) - Number(before)).toBeGreaterThanOrEqual(200);
  });
});
