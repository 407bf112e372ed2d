/**
 * `npx tsx tests/bench/security.bench.ts`: what the document limits cost and what they save,
 * measured in one run on this machine. Prints the attack queries' times and answers, and the
 * station page query's requests per second under 20 connections (autocannon, 10 s) with the
 * limits on against the same server with them off. Not part of `npm test`.
 */
import autocannon from 'autocannon';
import { StationContractDocument } from '../../client/src/graphql/generated/graphql.ts';
import { startApp } from '../../server/app.ts';
import { pino } from 'pino';
import { startTestServer } from '../helpers/server.ts';

const limited = await startTestServer();
const unlimited = await startApp(
  {
    db: limited.handle.db,
    logger: pino({ level: 'silent' }),
    today: () => '2025-02-20',
    security: {
      rateLimitPerMinute: 0,
      queryLimits: {
        depth: 1000,
        aliases: 100_000,
        tokens: 10_000_000,
        directives: 1000,
        cost: Number.MAX_SAFE_INTEGER,
      },
    },
  },
  0,
);
const token = await limited.token('bureau');
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

async function timed(url: string, query: string) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const text = await res.text();
  const code = text.startsWith('{"errors"')
    ? (JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code
    : 'answered';
  return { ms: Math.round(performance.now() - started), status: res.status, bytes: text.length, code };
}

let nested = 'code';
for (let i = 0; i < 6; i++) nested = `district { stations { ${nested} } }`;
const nestedQuery = `{ station(code: "haizhu-chigang") { ${nested} } }`;
const overview =
  'district(code: "haizhu") { stations { code contract(year: 2023) { overallCompletion resources { completionRate band } staffing { stabilityRate } evaluations { grade total } } } }';
const aliasQuery = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: ${overview}`).join(' ')} }`;

console.log('attack                          limits on');
console.log(`nested, 6 levels               `, await timed(limited.app.url, nestedQuery));
console.log(`1,000 aliases of the overview  `, await timed(limited.app.url, aliasQuery));
let three = 'code';
for (let i = 0; i < 3; i++) three = `district { stations { ${three} } }`;
console.log(
  `nested, 3 levels (limits off)  `,
  await timed(unlimited.url, `{ station(code: "haizhu-chigang") { ${three} } }`),
);

const body = JSON.stringify({
  query: StationContractDocument.toString(),
  variables: { code: 'haizhu-chigang', year: 2023 },
});
async function rps(url: string): Promise<number> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers,
    body,
    connections: 20,
    duration: 10,
  });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx answers`);
  return result.requests.average;
}
const on = await rps(limited.app.url);
const off = await rps(unlimited.url);
console.log(
  `station query, 20 connections: ${on.toFixed(1)} req/s with limits, ${off.toFixed(1)} without (ratio ${(on / off).toFixed(2)})`,
);
console.log(JSON.stringify({ stationRpsLimitsOn: on, stationRpsLimitsOff: off, ratio: on / off }));
await unlimited.stop();
await limited.close();
