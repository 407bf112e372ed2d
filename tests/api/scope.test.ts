/**
 * Who sees what, walked from the schema: for each role, every root field and every nested path
 * (to a depth) is queried with in-scope and out-of-scope codes, and no station outside the
 * role's scope may appear anywhere in any answer. The queries are generated from the SDL, so a
 * new field is covered without touching this file (a new required argument asks for a probe).
 */
import { mergeTypeDefs } from '@graphql-tools/merge';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/graphql/schema.ts';
import { seedDemoDatabase, seedSyntheticDistrict } from '../../server/seed/index.ts';
import { startTestServer, TEST_TODAY, type TestServer } from '../helpers/server.ts';

const schema = buildSchema(print(mergeTypeDefs(typeDefs)));
const haizhu = (codes: string[]) => codes.map((c) => `haizhu-${c}`);

/** Users and the station codes each may see; `all-haizhu` stands for every Haizhu station. */
const roles: Array<{ user: string; sees: string[] | 'all-haizhu' | 'all-other'; names: boolean }> = [
  { user: 'bureau', sees: 'all-haizhu', names: true },
  { user: 'bureau-other', sees: 'all-other', names: true },
  { user: 'purchaser-chigang', sees: haizhu(['chigang']), names: false },
  { user: 'station-chigang', sees: haizhu(['chigang']), names: true },
  { user: 'supervisor-two', sees: haizhu(['chigang', 'xingang']), names: false },
  // The city's and the country's authorities: Haizhu is their only district with a region.
  { user: 'city', sees: 'all-haizhu', names: false },
  { user: 'country', sees: 'all-haizhu', names: false },
];

/** Values to try for each argument a root field requires or that selects stations. */
const probes: Record<string, string[]> = {
  'Query.station.code': ['"haizhu-chigang"', '"haizhu-xingang"', '"haizhu-fengyang"', '"other-1"'],
  'Query.district.code': ['"haizhu"', '"other"'],
  'Query.region.code': ['"cn"', '"guangdong"', '"guangzhou"'],
  'Query.weakIndicators.districtCode': ['"haizhu"', '"other"'],
  'Query.weakIndicatorCount.districtCode': ['"haizhu"', '"other"'],
  'Query.dataQualityIssues.districtCode': ['"haizhu"', '"other"'],
  'Query.dataQualityIssueCount.districtCode': ['"haizhu"', '"other"'],
  'Query.tableFile.stationCode': ['"haizhu-chigang"', '"haizhu-fengyang"', '"other-1"'],
  'Query.tableFile.year': ['2023'],
  'Query.tableFile.layout': ['ATTENDANCE', 'WIDE'],
  // CSV, so that the file's text can be searched for names below.
  'Query.tableFile.format': ['CSV'],
  'Query.importHistory.stationCode': ['"haizhu-chigang"', '"other-1"'],
  'Query.importHistory.year': ['2023'],
  'Query.reportingPeriods.stationCode': ['"haizhu-chigang"', '"haizhu-fengyang"', '"other-1"'],
  'Query.reportingPeriods.year': ['2023'],
  'Query.completeness.districtCode': ['"haizhu"', '"other"'],
};
/** Root fields that take a station by code: out of scope, they answer "no such station". */
const byStationCode = new Set(['tableFile', 'importHistory', 'reportingPeriods']);
/** Optional arguments worth trying with a value too (a station outside most scopes). */
const optionalProbes: Record<string, string[]> = {
  'Query.weakIndicators.stationCode': ['"haizhu-fengyang"', '"other-1"'],
  'Query.dataQualityIssues.stationCode': ['"haizhu-fengyang"', '"other-1"'],
};
/** Arguments for nested fields that require some: each is walked with these. */
const nestedArgs: Record<string, string> = {
  // A chart drawn on the server: its text names stations (checked below, in both languages).
  'District.completionChart': 'year: 2023, width: 600',
  // A month of every contract (the grid names staff: masked where names are not shown).
  'Contract.monthSheet': 'month: "2023-08"',
};
const maxDepth = 6;

/**
 * The selection of every field of a type, to `depth`. A type already on the path is selected
 * again with its own fields only (a station's district's stations: their codes), so that every
 * path to a station is walked without the walk multiplying itself.
 */
function selection(type: GraphQLObjectType, depth: number, path: string[]): string {
  const again = path.slice(0, -1).includes(type.name);
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const required = field.args.some((a) => isNonNullType(a.type));
    const args = nestedArgs[`${type.name}.${field.name}`];
    if (required && !args)
      throw new Error(`add nestedArgs for the required arguments of ${type.name}.${field.name}`);
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) return [field.name];
    if (again || !isObjectType(named) || depth <= 0) return [];
    const inner = selection(named, depth - 1, [...path, named.name]);
    if (!args) return [`${field.name} { ${inner} }`];
    if (!field.args.some((a) => a.name === 'lang')) return [`${field.name}(${args}) { ${inner} }`];
    // Chinese, and under an alias English.
    return [
      `${field.name}(${args}) { ${inner} }`,
      `${field.name}En: ${field.name}(${args}, lang: "en") { ${inner} }`,
    ];
  });
  return ['__typename', ...fields].join(' ');
}

/** Every query to send for a root field: one per combination of probe values. */
function rootQueries(field: GraphQLField<unknown, unknown>): string[] {
  const key = (arg: string) => `Query.${field.name}.${arg}`;
  let argSets: string[][] = [[]];
  for (const arg of field.args) {
    const values = probes[key(arg.name)] ?? optionalProbes[key(arg.name)];
    if (!values) {
      if (isNonNullType(arg.type))
        throw new Error(`add a probe for the required argument Query.${field.name}(${arg.name})`);
      continue;
    }
    const choices = isNonNullType(arg.type) ? values : [null, ...values];
    argSets = argSets.flatMap((set) => choices.map((v) => (v == null ? set : [...set, `${arg.name}: ${v}`])));
  }
  const named = getNamedType(field.type);
  const body = (depth: number) =>
    isObjectType(named) ? ` { ${selection(named, depth, [named.name])} }` : '';
  const call = (args: string[]) => (args.length ? `(${args.join(', ')})` : '');
  // A paged list: every item shallowly (its stations' codes), and a first page walked in full.
  if (field.args.some((a) => a.name === 'limit')) {
    return argSets.flatMap((args) => [
      `{ ${field.name}${call(args)}${body(2)} }`,
      `{ ${field.name}${call([...args, 'limit: 5'])}${body(maxDepth)} }`,
    ]);
  }
  return argSets.map((args) => `{ ${field.name}${call(args)}${body(maxDepth)} }`);
}

/** Every object in an answer, with its path. */
function* objects(value: unknown, path = ''): Generator<{ path: string; obj: Record<string, unknown> }> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* objects(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    yield { path, obj: value as Record<string, unknown> };
    for (const [k, v] of Object.entries(value)) yield* objects(v, `${path}.${k}`);
  }
}

let server: TestServer;
let stationCodes: { haizhu: string[]; other: string[] };
/** Every staff member's name as stored: none may appear, anywhere, for a role that sees them masked. */
let staffNames: string[];
/** Each station's names as a chart labels it (street in Chinese, short English name), by code. */
let stationNames: Map<string, string[]>;
beforeAll(async () => {
  server = await startTestServer({
    seed: async ({ db }) => {
      await seedDemoDatabase(db, { asOf: TEST_TODAY });
      await seedSyntheticDistrict(db, { code: 'other', count: 3, asOf: TEST_TODAY });
    },
    // The generated queries select everything at once: far more than any page asks for.
    security: {
      queryLimits: { depth: 20, aliases: 15, tokens: 50_000, directives: 10, cost: 1e12 },
      requestDeadlineMs: 60_000,
    },
  });
  await server.addUser({ username: 'bureau-other', role: 'BUREAU', district: 'other' });
  await server.addUser({
    username: 'supervisor-two',
    role: 'SUPERVISOR',
    stations: haizhu(['chigang', 'xingang']),
  });
  const rows = await server.sql<{ code: string }>('select code from stations');
  const codes = rows.map((r) => r.code);
  stationCodes = {
    haizhu: codes.filter((c) => c.startsWith('haizhu-')),
    other: codes.filter((c) => c.startsWith('other-')),
  };
  const staff = await server.sql<{ name: string }>('select name from staff');
  staffNames = staff.map((r) => r.name);
  const named = await server.sql<{ code: string; street: string; en: string }>(
    'select code, street_zh as street, name_en as en from stations',
  );
  stationNames = new Map(named.map((r) => [r.code, [r.street, r.en.replace(' Social Work Station', '')]]));
}, 180_000);
afterAll(async () => {
  await server.close();
});

const queryFields = Object.values(schema.getQueryType()!.getFields());

describe.each(roles)('$user sees only its stations, on every path', ({ user, sees, names }) => {
  const allowed = () =>
    new Set(sees === 'all-haizhu' ? stationCodes.haizhu : sees === 'all-other' ? stationCodes.other : sees);

  it.each(queryFields.map((f) => [f.name, f] as const))(
    'Query.%s',
    async (_name, field) => {
      const seen = new Set<string>();
      const charts = new Set<string>();
      for (const query of rootQueries(field)) {
        const { data, errors } = await server.queryAs(user, query);
        // A refusal is allowed (the audit trail is the bureau's); anything else must be an answer.
        const label = `${user} ${query.slice(0, 120)}…`;
        for (const e of errors ?? [])
          expect(['auth/forbidden', 'import/unknown_station'], `${label}: ${e.message}`).toContain(
            e.extensions?.code,
          );
        const asked = /stationCode: "([^"]+)"/.exec(query)?.[1];
        if (byStationCode.has(field.name) && asked && data?.[field.name] != null)
          expect(allowed(), label).toContain(asked);
        if (!names) {
          // Not only in StaffMember objects: in any text (a data-quality finding naming a person, a
          // downloaded file …).
          const files = [...objects(data)].flatMap(({ obj }) =>
            typeof obj.base64 === 'string' ? [Buffer.from(obj.base64, 'base64').toString('utf8')] : [],
          );
          const text = JSON.stringify(data ?? null) + files.join('');
          const leaked = staffNames.filter((n) => text.includes(n));
          expect(leaked, label).toEqual([]);
        }
        for (const { path, obj } of objects(data)) {
          if (obj.__typename === 'ServerChart') {
            // A picture names the stations it draws: none outside the scope (a name that is part
            // of one inside, 华西街 in 南华西街, would prove nothing).
            const inside = [...allowed()].flatMap((code) => stationNames.get(code) ?? []);
            const outside = [...stationNames]
              .filter(([code]) => !allowed().has(code))
              .flatMap(([, names]) => names)
              .filter((name) => !inside.some((i) => i.includes(name)));
            const text = `${String(obj.svg)} ${String(obj.description)}`;
            expect(
              outside.filter((name) => text.includes(name)),
              `${label} ${path}`,
            ).toEqual([]);
            charts.add(path);
          }
          if (obj.__typename === 'Station') {
            expect(allowed(), `${label} ${path}`).toContain(obj.code);
            seen.add(String(obj.code));
          }
          if (obj.__typename === 'StaffMember' && !names) {
            expect(String(obj.name), `${user} ${path}`).toMatch(/^\S\*+$/);
          }
        }
      }
      // The walk reached stations wherever the field leads to them.
      if (['districts', 'district', 'station', 'me'].includes(field.name))
        expect(seen.size).toBeGreaterThan(0);
      // And the district's chart wherever a district is reached with its fields.
      if (['districts', 'district'].includes(field.name) && seen.size > 0)
        expect(charts.size).toBeGreaterThan(0);
    },
    // Each generated query asks for everything below its field at once: the bureau's `me` alone
    // computes every figure of every Haizhu station, a 38 MB answer (11 s on its own, 17 s in CI).
    240_000,
  );

  it('out-of-scope lookups by code are null, exactly like unknown codes', async () => {
    const outside = [...stationCodes.haizhu, ...stationCodes.other].find((c) => !allowed().has(c))!;
    const { data } = await server.queryAs<Record<string, unknown>>(
      user,
      `{ a: station(code: "${outside}") { code } b: station(code: "no-such-station") { code } }`,
    );
    expect(data).toEqual({ a: null, b: null });
  });
});

describe('anonymous', () => {
  it.each(queryFields.filter((f) => !['me', 'demoLogins'].includes(f.name)).map((f) => [f.name, f] as const))(
    'Query.%s is auth/unauthenticated',
    async (_name, field) => {
      for (const query of rootQueries(field)) {
        const { data, errors } = await server.queryAs(null, query);
        expect(errors?.[0]?.extensions?.code, query.slice(0, 120)).toBe('auth/unauthenticated');
        expect(Object.values(data ?? {}).every((v) => v === null)).toBe(true);
      }
    },
  );
});
