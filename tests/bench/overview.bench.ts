/**
 * `npm run bench`: the district overview's cost as the district grows, measured in one run and
 * reported as ratios to the smallest size (machines here are noisy; absolute times are context).
 * SQL statements must stay constant; time should grow roughly linearly with stations.
 */
import { DistrictOverviewDocument } from '../../client/src/graphql/generated/graphql.ts';
import { seedSyntheticDistrict } from '../../server/seed/index.ts';
import { startTestServer, TEST_TODAY } from '../helpers/server.ts';

const sizes = [18, 100, 400];
const repeats = 5;
/** The dashboard's own overview query, with its fragments. */
const query = DistrictOverviewDocument.toString();

const server = await startTestServer({
  seed: async ({ db }) => {
    for (const n of sizes) await seedSyntheticDistrict(db, { code: `bench${n}`, count: n, asOf: TEST_TODAY });
  },
});
for (const n of sizes)
  await server.addUser({ username: `bureau${n}`, role: 'BUREAU', district: `bench${n}` });
try {
  const results: Array<{ stations: number; statements: number; medianMs: number }> = [];
  for (const n of sizes) {
    await server.queryAs(`bureau${n}`, query, { code: `bench${n}`, year: 2023 }); // warm-up
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < repeats; i++) {
      server.resetCount();
      const t0 = performance.now();
      const { errors } = await server.queryAs(`bureau${n}`, query, { code: `bench${n}`, year: 2023 });
      times.push(performance.now() - t0);
      if (errors) throw new Error(JSON.stringify(errors));
      statements = server.statements();
    }
    results.push({
      stations: n,
      statements,
      medianMs: times.sort((a, b) => a - b)[Math.floor(repeats / 2)] as number,
    });
  }
  const base = results[0]!;
  console.log('stations  statements  median ms  time ratio  per-station ratio');
  for (const r of results) {
    const ratio = r.medianMs / base.medianMs;
    console.log(
      `${String(r.stations).padStart(8)}  ${String(r.statements).padStart(10)}  ${r.medianMs.toFixed(1).padStart(9)}  ${ratio.toFixed(2).padStart(10)}  ${(ratio / (r.stations / base.stations)).toFixed(2).padStart(17)}`,
    );
  }
} finally {
  await server.close();
}
