/**
 * The answer cache (`server/graphql/cache.ts`) through the real HTTP server: a repeated query is
 * sent again without being computed, per role and scope (users who see the same share); a write
 * ends the answers of its district only, a login only those that read the audit trail; a logout,
 * an error or a mutation is never answered from it.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** The answer's exact text and the SQL statements sent to compute it. */
async function asked(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  server.resetCount();
  const res = await fetch(`${server.app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    text: await res.text(),
    statements: server.statements(),
    headers: res.headers,
  };
}

const STATIONS = '{ districts { code stations { code } } }';
const TARGET = `query($code: String!) { station(code: $code) { contract(year: 2024) {
  indicatorStatuses { indicator { code } area { code } target } } } }`;

describe('the answer cache', () => {
  it('sends a repeated query again as it was, reading only the viewer and the versions', async () => {
    const token = await server.token('bureau');
    const first = await asked(token, STATIONS);
    const again = await asked(token, STATIONS);
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    // The user (the token's session) and the versions (one statement): nothing the answer needs.
    expect(again.statements).toBe(2);
    expect(first.statements).toBeGreaterThan(again.statements);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('x-answer-cache')).toBeNull();
    expect(again.headers.get('x-answer-cache')).toBe('hit');
  });

  it('sends a kept answer compressed once, in the encoding the client accepts', async () => {
    const token = await server.token('bureau');
    // Every indicator of a station, with names: well over the 1 kB below which nothing is compressed.
    const query = JSON.stringify({
      query: `{ station(code: "haizhu-xingang") { contract(year: 2024) {
        indicatorStatuses { indicator { code nameZh nameEn unit } area { code label } target actual } } } }`,
    });
    /** The raw bytes as sent (fetch would decode them) and the statements read. */
    const raw = (acceptEncoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer; statements: number }>(
        (resolve, reject) => {
          server.resetCount();
          const req = request(
            `${server.app.url}/graphql`,
            {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${token}`,
                'accept-encoding': acceptEncoding,
              },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({
                  headers: res.headers,
                  body: Buffer.concat(chunks),
                  statements: server.statements(),
                }),
              );
            },
          );
          req.on('error', reject);
          req.end(query);
        },
      );
    const computed = await raw('identity');
    expect(computed.statements).toBeGreaterThan(2);
    const text = computed.body.toString('utf8');
    expect(JSON.parse(text)).not.toHaveProperty('errors');
    expect(text.length).toBeGreaterThan(1024);
    // The copies are compressed off the main thread after the answer is kept: wait for them.
    let br = await raw('gzip, deflate, br');
    for (let i = 0; i < 50 && br.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      br = await raw('gzip, deflate, br');
    }
    expect(br.statements).toBe(2);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(text);
    const gzip = await raw('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(text);
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(text);
    expect(plain.statements).toBe(2);
  });

  it('computes an answer once for requests that ask for it together', async () => {
    const token = await server.token('bureau');
    // A query of its own (nobody has asked it yet), five times at once.
    const query = `query($code: String!) { station(code: $code) { code contract(year: 2023) { overallCompletion } } }`;
    server.resetCount();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${server.app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { code: 'haizhu-nanhuaxi' } }),
        }).then(async (res) => ({ text: await res.text(), cache: res.headers.get('x-answer-cache') })),
      ),
    );
    // One computed it; the four others waited for its answer and were sent it.
    expect(answers.filter((a) => a.cache === 'hit')).toHaveLength(4);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(JSON.parse(answers[0]!.text).data.station.code).toBe('haizhu-nanhuaxi');
    const together = server.statements();
    // The same computation alone (a key of its own: the query's text differs by a space): the
    // five together read what it reads, and the four others only their user and the versions.
    const alone = await asked(token, `${query} `, { code: 'haizhu-nanhuaxi' });
    expect(alone.headers.get('x-answer-cache')).toBeNull();
    expect(together).toBe(alone.statements + 4 * 2);
  });

  it('lets requests waiting for an answer with errors compute their own', async () => {
    const purchaser = await server.token('purchaser-chigang');
    const partly = `{ districts { code } auditLog { action } }`;
    const answers = await Promise.all(
      Array.from({ length: 3 }, () =>
        fetch(`${server.app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${purchaser}` },
          body: JSON.stringify({ query: partly }),
        }).then(async (res) => ({ body: await res.json(), cache: res.headers.get('x-answer-cache') })),
      ),
    );
    for (const answer of answers) {
      expect(answer.cache).toBeNull();
      expect(answer.body.errors[0].extensions.code).toBe('auth/forbidden');
    }
  });

  it("does not keep the answer to a huge request (it would push out everyone else's)", async () => {
    const token = await server.token('bureau');
    const padded = `${STATIONS}\n# ${'x'.repeat(70_000)}`;
    const first = await asked(token, padded);
    const again = await asked(token, padded);
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.statements).toBeGreaterThan(2);
    // The same query without the padding is kept as before.
    await asked(token, STATIONS);
    expect((await asked(token, STATIONS)).statements).toBe(2);
  });

  it('keeps answers per viewer: a purchaser asking the same query gets its own station only', async () => {
    const bureau = JSON.parse((await asked(await server.token('bureau'), STATIONS)).text) as {
      data: { districts: Array<{ stations: unknown[] }> };
    };
    const purchaser = await asked(await server.token('purchaser-chigang'), STATIONS);
    const seen = JSON.parse(purchaser.text) as {
      data: { districts: Array<{ stations: Array<{ code: string }> }> };
    };
    expect(seen.data.districts.flatMap((d) => d.stations.map((s) => s.code))).toEqual(['haizhu-chigang']);
    expect(bureau.data.districts.flatMap((d) => d.stations).length).toBe(18);
    // Variables are part of the question too.
    const chigang = await asked(await server.token('bureau'), TARGET, { code: 'haizhu-chigang' });
    const xingang = await asked(await server.token('bureau'), TARGET, { code: 'haizhu-xingang' });
    expect(chigang.text).not.toBe(xingang.text);
  });

  it('ends at a write: the next answer is computed and shows it', async () => {
    const token = await server.token('bureau');
    const before = await asked(token, TARGET, { code: 'haizhu-xingang' });
    await asked(token, TARGET, { code: 'haizhu-xingang' });
    const { errors } = await server.query('mutation($i: TargetInput!) { setTarget(input: $i) { id } }', {
      i: { stationCode: 'haizhu-xingang', year: 2024, indicatorCode: 'phone_visits', value: 4321 },
    });
    expect(errors).toBeUndefined();
    const after = await asked(token, TARGET, { code: 'haizhu-xingang' });
    expect(after.statements).toBeGreaterThan(2);
    expect(after.text).not.toBe(before.text);
    expect(after.text).toContain('4321');
  });

  it('does not answer a logged-out token from it', async () => {
    await server.addUser({ username: 'cache-leaver', role: 'BUREAU', district: 'haizhu' });
    const token = await server.token('cache-leaver');
    await asked(token, STATIONS);
    expect((await asked(token, STATIONS)).statements).toBe(2);
    const logout = await asked(token, 'mutation { logout }');
    expect(JSON.parse(logout.text)).toEqual({ data: { logout: true } });
    const refused = await asked(token, STATIONS);
    expect(refused.text).not.toContain('haizhu-chigang');
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('auth/bad_token');
  });

  it('never keeps an answer with errors, nor runs a mutation from it', async () => {
    // The stations are read (SQL), the audit trail refused: an answer with an error, sent as 200.
    const purchaser = await server.token('purchaser-chigang');
    const partly = `{ districts { code stations { code } } auditLog { action } }`;
    const refused = await asked(purchaser, partly);
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('auth/forbidden');
    const refusedAgain = await asked(purchaser, partly);
    expect(refusedAgain.text).toBe(refused.text);
    // Computed again: more than the token's user and the data version were read.
    expect(refusedAgain.statements).toBeGreaterThan(2);

    const bureau = await server.token('bureau');
    const write = 'mutation($i: TargetInput!) { setTarget(input: $i) { id } }';
    const variables = {
      i: { stationCode: 'haizhu-xingang', year: 2024, indicatorCode: 'home_visits', value: 77 },
    };
    await asked(bureau, write, variables);
    const twice = await asked(bureau, write, variables);
    // The second write ran: it read the target and wrote the same value, audited.
    expect(twice.statements).toBeGreaterThan(4);
    const trail = JSON.parse((await asked(bureau, '{ auditLog(action: "target.set") { action } }')).text) as {
      data: { auditLog: unknown[] };
    };
    expect(trail.data.auditLog.length).toBeGreaterThanOrEqual(2);
  });

  it('survives logins, failed ones too: only an answer that reads the audit trail is computed again', async () => {
    const token = await server.token('bureau');
    const TRAIL = '{ auditLog(limit: 3) { action username } }';
    await asked(token, STATIONS);
    await asked(token, TRAIL);
    expect((await asked(token, TRAIL)).statements).toBe(2);
    const login = (password: string) =>
      asked(null, `mutation { login(username: "supervisor", password: "${password}") { token } }`);
    await login('wrong');
    await login('demo');
    expect((await asked(token, STATIONS)).statements).toBe(2);
    const trail = await asked(token, TRAIL);
    expect(trail.statements).toBeGreaterThan(2);
    expect(JSON.parse(trail.text).data.auditLog[0]).toEqual({
      action: 'login.success',
      username: 'supervisor',
    });
  });

  it("is shared by users who see the same: a second bureau of the district gets the first one's answer", async () => {
    const first = await asked(await server.token('bureau'), STATIONS);
    await server.addUser({ username: 'bureau-deputy', role: 'BUREAU', district: 'haizhu' });
    const deputy = await asked(await server.token('bureau-deputy'), STATIONS);
    expect(deputy.text).toBe(first.text);
    expect(deputy.statements).toBe(2);
    // But `me` is each user's own.
    const me = '{ me { username } }';
    expect(JSON.parse((await asked(await server.token('bureau'), me)).text).data.me.username).toBe('bureau');
    expect(JSON.parse((await asked(await server.token('bureau-deputy'), me)).text).data.me.username).toBe(
      'bureau-deputy',
    );
  });

  it("a write in one district keeps another district's answers", async () => {
    // A second district with a station and its own bureau, beside Haizhu.
    await server.sql(
      "insert into districts (code, name_zh, name_en, city_zh) values ('liwan', '荔湾区', 'Liwan', '广州市')",
    );
    await server.addUser({ username: 'bureau-liwan', role: 'BUREAU', district: 'liwan' });
    const liwan = await server.token('bureau-liwan');
    const haizhu = await server.token('bureau');
    const added = await asked(
      liwan,
      `mutation { addStation(input: { districtCode: "liwan", code: "liwan-duobao", nameZh: "荔湾区多宝街社工服务站",
        nameEn: "Duobao Street Station", streetZh: "多宝街" }) { code } }`,
    );
    expect(JSON.parse(added.text).data).toEqual({ addStation: { code: 'liwan-duobao' } });
    const liwanFirst = await asked(liwan, STATIONS);
    expect(liwanFirst.text).toContain('liwan-duobao');
    expect(liwanFirst.text).not.toContain('haizhu-chigang');
    await asked(haizhu, TARGET, { code: 'haizhu-xingang' });
    // A write in Haizhu: Liwan's answer is still kept, Haizhu's is computed again.
    const { errors } = await server.query('mutation($i: TargetInput!) { setTarget(input: $i) { id } }', {
      i: { stationCode: 'haizhu-xingang', year: 2024, indicatorCode: 'phone_visits', value: 4322 },
    });
    expect(errors).toBeUndefined();
    const liwanAgain = await asked(liwan, STATIONS);
    expect(liwanAgain.text).toBe(liwanFirst.text);
    expect(liwanAgain.statements).toBe(2);
    const haizhuAgain = await asked(haizhu, TARGET, { code: 'haizhu-xingang' });
    expect(haizhuAgain.statements).toBeGreaterThan(2);
    expect(haizhuAgain.text).toContain('4322');
    // A write in Liwan (a new station) ends Liwan's answer, and Haizhu's is kept.
    await asked(
      liwan,
      `mutation { addStation(input: { districtCode: "liwan", code: "liwan-hualin", nameZh: "荔湾区华林街社工服务站",
        nameEn: "Hualin Street Station", streetZh: "华林街" }) { code } }`,
    );
    expect((await asked(liwan, STATIONS)).text).toContain('liwan-hualin');
    expect((await asked(haizhu, TARGET, { code: 'haizhu-xingang' })).statements).toBe(2);
  });
});
