import { describe, expect, it } from 'vitest';
import { authorize, capabilities, type Action } from '../../server/auth/authorize.ts';
import { scopeOf, type Viewer } from '../../server/auth/viewer.ts';

const user = (
  role: 'BUREAU' | 'PURCHASER' | 'SUPERVISOR' | 'STATION' | 'REGION',
  stationIds: number[] = [],
  districtId: number | null = null,
  regionDistricts: number[] = [],
): Viewer => ({
  kind: 'user',
  id: 1,
  username: role.toLowerCase(),
  displayName: role,
  role,
  districtId,
  regionId: role === 'REGION' ? 5 : null,
  regionPath: role === 'REGION' ? '/cn/guangdong/' : null,
  districtIds: role === 'REGION' ? regionDistricts : districtId != null ? [districtId] : [],
  stationIds,
});

const own = { id: 7, districtId: 1 };
const neighbour = { id: 8, districtId: 1 };
const elsewhere = { id: 9, districtId: 2 };

describe('authorize: one place, deny by default', () => {
  const table: Array<[string, Viewer, Action, typeof own | null, boolean]> = [
    ['anonymous reads nothing', { kind: 'anonymous' }, 'station:read', own, false],
    ['the bureau reads its district', user('BUREAU', [], 1), 'station:read', neighbour, true],
    ['the bureau reads no other district', user('BUREAU', [], 1), 'station:read', elsewhere, false],
    ['the bureau sees staff names', user('BUREAU', [], 1), 'staff:names', own, true],
    ['the bureau reads the audit trail', user('BUREAU', [], 1), 'audit:read', null, true],
    ['the purchaser reads its station', user('PURCHASER', [7]), 'station:read', own, true],
    ['a region reads its districts', user('REGION', [], null, [1, 3]), 'station:read', neighbour, true],
    ['a region reads no other district', user('REGION', [], null, [3]), 'station:read', own, false],
    ['a region compares stations', user('REGION', [], null, [1]), 'district:overview', null, true],
    ['a region writes no figures', user('REGION', [], null, [1]), 'figures:write', own, false],
    ['a region changes no targets', user('REGION', [], null, [1]), 'targets:write', own, false],
    ['a region sees no staff names', user('REGION', [], null, [1]), 'staff:names', own, false],
    ['a region reads no audit trail', user('REGION', [], null, [1]), 'audit:read', null, false],
    ['the purchaser reads no neighbour', user('PURCHASER', [7]), 'station:read', neighbour, false],
    ['the purchaser sees names masked', user('PURCHASER', [7]), 'staff:names', own, false],
    ['the purchaser writes nothing', user('PURCHASER', [7]), 'figures:write', own, false],
    ['the purchaser reads no audit trail', user('PURCHASER', [7]), 'audit:read', null, false],
    ['the station writes its figures', user('STATION', [7]), 'figures:write', own, true],
    ['the station writes no other figures', user('STATION', [7]), 'figures:write', neighbour, false],
    ['the station sees its staff names', user('STATION', [7]), 'staff:names', own, true],
    ['the bureau may keep real names on import', user('BUREAU', [], 1), 'staff:keep_names', own, true],
    ['a station pseudonymises its imports', user('STATION', [7]), 'staff:keep_names', own, false],
    ['the bureau adds stations to its district', user('BUREAU', [], 1), 'station:create', neighbour, true],
    ['the bureau adds none elsewhere', user('BUREAU', [], 1), 'station:create', elsewhere, false],
    ['a station adds no stations', user('STATION', [7]), 'station:create', own, false],
    ['a station changes no targets (contract terms)', user('STATION', [7]), 'targets:write', own, false],
    ['the bureau sets targets in its district', user('BUREAU', [], 1), 'targets:write', neighbour, true],
    [
      'the supervisor records findings where assigned',
      user('SUPERVISOR', [7, 8]),
      'findings:write',
      neighbour,
      true,
    ],
    ['the supervisor records none elsewhere', user('SUPERVISOR', [7, 8]), 'findings:write', elsewhere, false],
    ['the supervisor writes no figures', user('SUPERVISOR', [7, 8]), 'figures:write', own, false],
    ['the station submits its months', user('STATION', [7]), 'period:submit', own, true],
    ['the station submits no other', user('STATION', [7]), 'period:submit', neighbour, false],
    ['the purchaser submits nothing', user('PURCHASER', [7]), 'period:submit', own, false],
    ['the supervisor reviews where assigned', user('SUPERVISOR', [7, 8]), 'period:review', neighbour, true],
    ['the supervisor reviews none elsewhere', user('SUPERVISOR', [7, 8]), 'period:review', elsewhere, false],
    ['a station reviews nothing', user('STATION', [7]), 'period:review', own, false],
    ['the supervisor locks nothing', user('SUPERVISOR', [7, 8]), 'period:lock', own, false],
    ['the bureau locks its district', user('BUREAU', [], 1), 'period:lock', neighbour, true],
    ['the bureau locks no other district', user('BUREAU', [], 1), 'period:lock', elsewhere, false],
    ['a region locks nothing', user('REGION', [], null, [1]), 'period:lock', own, false],
    ['the station works on its quality issues', user('STATION', [7]), 'quality:work', own, true],
    ['the purchaser works on none', user('PURCHASER', [7]), 'quality:work', own, false],
    ['the supervisor works on none elsewhere', user('SUPERVISOR', [7]), 'quality:work', elsewhere, false],
    ['an unknown action is denied', user('BUREAU', [], 1), 'station:delete' as Action, own, false],
  ];
  it.each(table)('%s', (_name, viewer, action, station, allowed) => {
    expect(authorize(viewer, action, station)).toBe(allowed);
  });

  it('scopes: a bureau its districts, others their stations, anonymous nothing', () => {
    expect(scopeOf(user('BUREAU', [], 1))).toEqual({ kind: 'districts', districtIds: [1] });
    expect(scopeOf(user('SUPERVISOR', [7, 8]))).toEqual({ kind: 'stations', stationIds: [7, 8] });
    expect(scopeOf({ kind: 'anonymous' })).toEqual({ kind: 'stations', stationIds: [] });
  });

  it('capabilities shown to the client follow authorize', () => {
    expect(capabilities(user('BUREAU', [], 1)).sort()).toEqual([
      'audit:read',
      'district:overview',
      'figures:write',
      'findings:write',
      'period:lock',
      'period:review',
      'period:submit',
      'quality:work',
      'staff:keep_names',
      'staff:names',
      'station:create',
      'targets:write',
    ]);
    expect(capabilities(user('PURCHASER', [7]))).toEqual([]);
    expect(capabilities(user('STATION', [7])).sort()).toEqual([
      'figures:write',
      'period:submit',
      'quality:work',
      'staff:names',
    ]);
    expect(capabilities(user('SUPERVISOR', [7])).sort()).toEqual([
      'district:overview',
      'findings:write',
      'period:review',
      'quality:work',
    ]);
  });
});
