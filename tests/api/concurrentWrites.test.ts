/**
 * Two server instances on one database (on PostgreSQL: two connection pools, as two machines
 * behind a load balancer would have), written to at once: 50 identical entries and 10 imports of
 * one file are stored once, the others told so, and nothing is summed twice.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../server/app.ts';
import { openDb, type DbHandle } from '../../server/db/client.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

let first: TestServer;
let secondHandle: DbHandle;
let second: RunningApp;
beforeAll(async () => {
  first = await startTestServer();
  const location = first.location;
  secondHandle = await openDb(
    'DATABASE_URL' in location ? { url: location.DATABASE_URL } : { path: location.DATABASE_PATH },
  );
  second = await startApp(
    {
      db: secondHandle.db,
      logger: pino({ level: 'silent' }),
      today: () => TEST_TODAY,
      security: { rateLimitPerMinute: 0, loginAttemptsPer15Min: 1000 },
    },
    0,
  );
});
afterAll(async () => {
  await second?.stop();
  await secondHandle?.close();
  await first?.close();
});

type Answer = { data?: Record<string, unknown> | null; errors?: Array<{ extensions: { code: string } }> };
async function post(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

/** The same station's stored figures for one indicator, area and month. */
const storedFor = async (month: string) =>
  first.sql<{ value: number }>(
    `select p.value from progress_entries p join contracts c on c.id = p.contract_id
       join stations s on s.id = c.station_id join indicator_definitions i on i.id = p.indicator_id
       join service_areas a on a.id = p.area_id
     where s.code = 'haizhu-xingang' and c.service_year = 2024 and i.code = 'phone_visits'
       and a.code = 'A' and p.period_start = ?`,
    `${month}-01`,
  );

describe('two instances writing at once', () => {
  it('50 identical entries: stored once, the other 49 refused as entry/duplicate', async () => {
    const month = '2024-06';
    // Room for the entry: the demo's own figure of that month goes first.
    await first.sql(
      `delete from progress_entries where id in (select p.id from progress_entries p
         join contracts c on c.id = p.contract_id join stations s on s.id = c.station_id
         join indicator_definitions i on i.id = p.indicator_id join service_areas a on a.id = p.area_id
         where s.code = 'haizhu-xingang' and c.service_year = 2024 and i.code = 'phone_visits'
           and a.code = 'A' and p.period_start = ?)`,
      `${month}-01`,
    );
    expect(await storedFor(month)).toEqual([]);
    const token = await first.token('bureau');
    const write = 'mutation($i: ProgressInput!) { recordProgress(input: $i) { id } }';
    const input = {
      i: {
        stationCode: 'haizhu-xingang',
        year: 2024,
        indicatorCode: 'phone_visits',
        areaCode: 'A',
        month,
        value: 37,
      },
    };
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) => post(n % 2 ? second.url : first.app.url, token, write, input)),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions.code ?? 'stored');
    expect(codes.filter((c) => c === 'stored')).toHaveLength(1);
    expect(codes.filter((c) => c === 'entry/duplicate')).toHaveLength(49);
    expect((await storedFor(month)).map((r) => Number(r.value))).toEqual([37]);
  });

  it('10 imports of one file: its figures stored once, the other imports find nothing to change', async () => {
    const token = await first.token('bureau');
    const months = ['2024-07', '2024-08', '2024-09'];
    const before = await Promise.all(months.map(storedFor));
    const csv = [
      'area,indicator,period,target,actual',
      ...months.map((m, i) => `A,phone_visits,${m},,${501 + i}`),
    ].join('\n');
    const importTable = `mutation($input: ImportTableInput!) { importTable(input: $input) {
      applied errorCount summary { created updated unchanged } } }`;
    const input = {
      input: {
        stationCode: 'haizhu-xingang',
        year: 2024,
        fileName: 'xingang-2024-q3.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
        dryRun: false,
      },
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        post(n % 2 ? second.url : first.app.url, token, importTable, input),
      ),
    );
    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    const summaries = answers.map(
      (a) =>
        (a.data!.importTable as { summary: { created: number; updated: number; unchanged: number } }).summary,
    );
    // One import changed the three months (each either new or replacing the demo's figure) …
    const changing = summaries.filter((s) => s.created + s.updated > 0);
    expect(changing).toHaveLength(1);
    expect(changing[0]!.created + changing[0]!.updated).toBe(3);
    // … and the nine others found them already there.
    expect(summaries.filter((s) => s.unchanged === 3 && s.created + s.updated === 0)).toHaveLength(9);
    for (const [i, m] of months.entries())
      expect((await storedFor(m)).map((r) => Number(r.value))).toEqual([501 + i]);
    expect(before.every((rows) => rows.length <= 1)).toBe(true);
  });
});
