/**
 * A region's figures for a month not yet rolled up are computed within the request, and on
 * SQLite every read is synchronous: the computation gives other requests their turn between
 * batches of contracts, so that one province page never holds the server. Checked by order,
 * not by time: a /healthz sent once the computation has started is answered before it ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitingForTurn } from '../../server/lib/turns.ts';
import { startCountryServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startCountryServer(240, 7);
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

/** A district page's figures on a date: each date a different answer (none served from the cache). */
const DISTRICT = `query($asOf: Date) {
  district(code: "haizhu") {
    stations {
      code
      contract(year: 2023) {
        overallCompletion(asOf: $asOf)
        resources(asOf: $asOf) { completionRate }
        staffing(asOf: $asOf) { stabilityRate attendanceRate }
      }
    }
  }
}`;

describe('requests that arrive together', () => {
  it('take turns with /healthz instead of running back to back', async () => {
    const token = await server.token('bureau');
    const page = (asOf: string) =>
      fetch(`${server.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: DISTRICT, variables: { asOf } }),
      }).then((r) => r.json() as Promise<{ data?: { district: { stations: unknown[] } } }>);
    // How many statements one page reads (alone, on a date of its own).
    server.resetCount();
    await page('2023-06-30');
    const perPage = server.statements();
    // Twenty pages at once, on twenty dates (none served from the cache).
    const dates = Array.from(
      { length: 20 },
      (_, i) => `2023-${String((i % 12) + 1).padStart(2, '0')}-${i < 12 ? 28 : 15}`,
    );
    server.resetCount();
    let done = 0;
    const answers = dates.map((asOf) => page(asOf).finally(() => done++));
    // Once most pages are under way (waiting for their next turn), /healthz is asked.
    while (waitingForTurn() < 10 && done === 0 && server.statements() < 100)
      await new Promise((resume) => setTimeout(resume, 1));
    expect(waitingForTurn()).toBeGreaterThanOrEqual(10);
    server.record();
    await fetch(`${server.app.url}/healthz`);
    // The pages' own reads (not the logins and versions of pages that arrived meanwhile).
    const whileWaiting = server.recorded().filter((text) => !/from "(users|settings)"/.test(text)).length;
    // It waited for a few of the pages' reads, not for the twenty pages under way to end (without
    // turns: 184 of their 240; with them: about 17, a read for each turn of the loop that the
    // request to /healthz and its answer take in this process).
    expect(whileWaiting).toBeLessThan(perPage * 3);
    for (const body of await Promise.all(answers))
      expect(body.data?.district.stations.length).toBeGreaterThan(10);
  });
});
