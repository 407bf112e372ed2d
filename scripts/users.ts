/**
 * `npm run users -- …`: the users of a database (DATABASE_PATH or DATABASE_URL). Passwords are read
 * from standard input, never from the command line. Every change is audited (commands/users.ts).
 *
 *   npm run users -- list
 *   npm run users -- add NAME --role BUREAU --district haizhu [--display "海珠区民政局"]
 *   npm run users -- add NAME --role REGION --region guangdong [--display "广东省民政厅"]
 *   npm run users -- add NAME --role SUPERVISOR --stations haizhu-chigang,haizhu-xingang
 *   npm run users -- password NAME
 */
import { parseArgs } from 'node:util';
import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../server/auth/passwords.ts';
import { databaseFromEnv, openDb } from '../server/db/client.ts';
import { addUser, setPassword } from '../server/commands/users.ts';
import { userByUsername } from '../server/services/users.ts';
import * as t from '../server/db/schema.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    district: { type: 'string' },
    region: { type: 'string' },
    stations: { type: 'string' },
    display: { type: 'string' },
  },
});
const [command, username] = positionals;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (then Enter): ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const password = text.split('\n')[0]?.trim() ?? '';
  if (password.length < 8) fail('the password must have at least 8 characters');
  return password;
}

const { db, close } = await openDb(databaseFromEnv());
try {
  if (command === 'list') {
    for (const u of await db.select().from(t.users))
      process.stdout.write(`${u.username}\t${u.role}\t${u.displayName}${u.isDemo ? '\t(demo)' : ''}\n`);
  } else if (command === 'add' && username) {
    const role = values.role as t.UserRow['role'];
    if (!t.ROLES.includes(role)) fail(`--role must be one of ${t.ROLES.join(', ')}`);
    const district = values.district
      ? (await db.select().from(t.districts).where(eq(t.districts.code, values.district)))[0]
      : undefined;
    if (role === 'BUREAU' && !district) fail('a BUREAU user needs --district CODE (an existing district)');
    const region = values.region
      ? (await db.select().from(t.regions).where(eq(t.regions.code, values.region)))[0]
      : undefined;
    if (role === 'REGION' && !region) fail('a REGION user needs --region CODE (an existing region)');
    const codes = (values.stations ?? '').split(',').filter(Boolean);
    const stations = codes.length
      ? await db.select().from(t.stations).where(inArray(t.stations.code, codes))
      : [];
    if (stations.length !== codes.length) fail(`unknown station among ${codes.join(', ')}`);
    if (role !== 'BUREAU' && role !== 'REGION' && stations.length === 0)
      fail(`a ${role} user needs --stations CODE[,CODE…]`);
    const passwordHash = await hashPassword(await readPassword());
    const displayName = values.display ?? username;
    const stationIds = stations.map((s) => s.id);
    await addUser(db, {
      ...{ username, passwordHash, role, displayName, stationIds },
      ...{ districtId: district?.id, regionId: region?.id },
    });
    process.stdout.write(`added ${username} (${role})\n`);
  } else if (command === 'password' && username) {
    if (!(await userByUsername(db, username))) fail(`no user ${username}`);
    await setPassword(db, username, await hashPassword(await readPassword()));
    process.stdout.write(`password of ${username} changed; their sessions ended\n`);
  } else {
    fail(
      'usage: npm run users -- list | add NAME --role ROLE [--district CODE | --region CODE | --stations CODES] | password NAME',
    );
  }
} catch (error) {
  // A refused change (a taken username …) in one line, with its code.
  const code = (error as { extensions?: { code?: string } }).extensions?.code;
  fail(code ? `${code}: ${(error as Error).message}` : String(error));
} finally {
  await close();
}
