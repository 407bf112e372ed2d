/**
 * `npm run bench:import-block [-- --json]`: how long the server stops answering while files built
 * to stall it are imported. The server runs as `npm start` would (its own process, a new demo
 * database); this process sends the files and asks `/healthz` every 10 ms meanwhile. The last
 * line's `importBlockMs` is the slowest `/healthz` answer (ms) while the set was processed.
 *
 * The set, as the issue reported it: an XLSX holding 172 MB of XML; one holding 1 GB; three of
 * those at once; one that lies about its size; a real workbook near the size limit that exceljs
 * must parse (60 MB of XML); a 9.5 MB long template; and a 9.5 MB CSV of 5 million cells.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lyingXlsxBomb, wideCsv, xlsxBomb } from '../helpers/bombs.ts';

const json = process.argv.includes('--json');
const say = (text: string) => {
  if (!json) console.log(text);
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'station-monitor-block-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// Node itself (not npx): a signal to the wrapper would not reach the server.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  // Development: seeded with the demo users it logs in as (`npm run bench` runs in production).
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATABASE_PATH: join(dir, 'block.db'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 600) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "bureau", password: "demo") { token } }' }),
  }).then((r) => r.json() as Promise<{ data: { login: { token: string } } }>);
  const token = login.data.login.token;

  // A genuine sheet: 60 MB of rows of cells, every row its own number.
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>片区1</t></is></c></row>`;
  const nearLimit = await (async () => {
    const { default: JSZip } = await import('jszip');
    const rows: string[] = [];
    let size = 0;
    for (let r = 1; size < 60 * 1024 * 1024; r++) {
      const text = row(r);
      rows.push(text);
      size += text.length;
    }
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    zip.file(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="附件1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  })();
  const longLines = ['area,indicator,period,target,actual'];
  while (longLines.length * 40 < 9.5 * 1024 * 1024) {
    const i = longLines.length;
    longLines.push(`A,phone_visits,2023-${String((i % 12) + 1).padStart(2, '0')},100000,${i}`);
  }
  const gigabyte = await xlsxBomb(1000);
  const set: Array<{ name: string; files: Array<[string, Buffer]> }> = [
    { name: '172 MB of XML', files: [['bomb172.xlsx', await xlsxBomb(172)]] },
    { name: '1 GB of XML', files: [['bomb1g.xlsx', gigabyte]] },
    {
      name: 'three of 1 GB at once',
      files: [
        ['a.xlsx', gigabyte],
        ['b.xlsx', gigabyte],
        ['c.xlsx', gigabyte],
      ],
    },
    { name: 'lying about its size', files: [['liar.xlsx', await lyingXlsxBomb(1000)]] },
    { name: 'a real sheet of 60 MB of XML', files: [['near.xlsx', nearLimit]] },
    { name: 'a 9.5 MB long template', files: [['long.csv', Buffer.from(longLines.join('\n'))]] },
    { name: 'a 9.5 MB CSV of 5 million cells', files: [['cells.csv', wideCsv(95_000, 50)]] },
  ];

  const importFile = async (fileName: string, bytes: Buffer) => {
    const started = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'mutation($i: ImportTableInput!) { importTable(input: $i) { ok problems(limit: 1) { code messageEn } } }',
        variables: {
          i: { stationCode: 'haizhu-chigang', year: 2023, fileName, contentBase64: bytes.toString('base64') },
        },
      }),
    });
    const body = (await res.json()) as {
      data?: { importTable: { ok: boolean; problems: Array<{ code: string }> } };
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    const answer = body.data?.importTable.problems[0]?.code ?? body.errors?.[0]?.extensions?.code ?? 'ok';
    return { fileName, answer, ms: performance.now() - started, bytes: bytes.length };
  };

  let worst = 0;
  let polls = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const t0 = performance.now();
      await fetch(`${base}/healthz`);
      worst = Math.max(worst, performance.now() - t0);
      polls++;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const answers = [];
  const started = performance.now();
  for (const group of set) {
    const before = worst;
    const results = await Promise.all(group.files.map(([name, bytes]) => importFile(name, bytes)));
    answers.push({ group: group.name, results });
    say(
      `${group.name}: ${results.map((r) => `${r.fileName} (${(r.bytes / 1024).toFixed(0)} kB) → ${r.answer} in ${r.ms.toFixed(0)} ms`).join('; ')}` +
        ` · worst /healthz so far ${Math.max(before, worst).toFixed(0)} ms`,
    );
  }
  polling = false;
  await poller;
  const seconds = (performance.now() - started) / 1000;
  say(`${polls} /healthz answers in ${seconds.toFixed(1)} s; the slowest took ${worst.toFixed(0)} ms`);
  console.log(JSON.stringify({ answers, polls, seconds }));
  console.log(JSON.stringify({ importBlockMs: Math.round(worst) }));
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
