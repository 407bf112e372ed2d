/**
 * A region's figures take the attendance and stability rates from counts the database makes
 * (`attendanceCounts`), the station page from every attendance record (`staffing`). Both must
 * give the same rates for every contract on every date: checked over the demo district and 120
 * generated stations, on month ends, mid-month days, before a contract starts and after it ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '../../server/auth/viewer.ts';
import { contracts } from '../../server/db/schema.ts';
import { createReader } from '../../server/read/reader.ts';
import { staffing, staffingRates } from '../../server/read/staffing.ts';
import { fullScope } from '../../server/services/scope.ts';
import { startCountryServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startCountryServer(120, 11);
}, 120_000);
afterAll(() => server.close());

describe('attendance and stability rates counted by the database', () => {
  it('equal the station page’s for every contract and date', async () => {
    const all = await server.handle.db.select().from(contracts);
    expect(all.length).toBeGreaterThan(120);
    const dates = [
      '2022-12-31',
      '2023-03-15',
      '2023-06-30',
      '2023-11-07',
      '2024-01-31',
      '2024-05-30',
      '2025-02-20',
    ];
    let compared = 0;
    let withRates = 0;
    for (const asOf of dates) {
      // One reader per date: the counts of every contract are asked together (one statement).
      const reader = createReader(server.handle.db, system, asOf, { scope: fullScope });
      const counted = await Promise.all(all.map((c) => staffingRates(reader, c, asOf)));
      const pages = await Promise.all(all.map((c) => staffing(reader, c, asOf)));
      all.forEach((contract, i) => {
        const label = `contract ${contract.id} on ${asOf}`;
        expect(counted[i]!.attendanceRate, label).toBe(pages[i]!.attendanceRate);
        expect(counted[i]!.stabilityRate, label).toBe(pages[i]!.stabilityRate);
        compared++;
        if (pages[i]!.stabilityRate != null) withRates++;
      });
    }
    // Many of them real rates, not two nulls (dates outside a contract's year have none).
    expect(withRates).toBeGreaterThan(compared / 3);
  });

  it('give Chigang’s rates as the evaluation prints them (254 ÷ 240 person-months)', async () => {
    const [chigang] = await server.sql<{ id: number }>(
      `select c.id from contracts c join stations s on s.id = c.station_id where s.code = 'haizhu-chigang' and c.service_year = 2023`,
    );
    const contract = (await server.handle.db.select().from(contracts)).find(
      (c) => c.id === Number(chigang!.id),
    )!;
    const reader = createReader(server.handle.db, system, contract.end, { scope: fullScope });
    const rates = await staffingRates(reader, contract, contract.end);
    expect(rates.attendanceRate).toBeCloseTo(254 / 240, 10);
  });
});
