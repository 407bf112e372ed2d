/**
 * The one place that decides who may do what (deny by default): every write path and every
 * sensitive read asks `authorize(viewer, action, station)` before it touches data.
 */
import type { Viewer } from './viewer.ts';

export type Action =
  /** Read a station's figures. */
  | 'station:read'
  /** See staff names (pseudonyms or real): the bureau and the station itself; others see them masked. */
  | 'staff:names'
  /** Enter or import figures, resources, volunteers, attendance and targets. */
  | 'figures:write'
  /** Change a contract's targets (contract terms: the bureau of the district). */
  | 'targets:write'
  /** Add a station to a district (the bureau of that district). */
  | 'station:create'
  /** Keep staff names as printed when importing an attendance annex (else they are pseudonymised). */
  | 'staff:keep_names'
  /** Record evaluation findings. */
  | 'findings:write'
  /** Submit a station's month for review (the station, or the bureau for it). */
  | 'period:submit'
  /** Approve or return a submitted month (the station's supervisor, or the bureau). */
  | 'period:review'
  /** Lock and unlock months (the district's bureau). */
  | 'period:lock'
  /** Acknowledge, explain, resolve and assign a station's data-quality issues (the station, its supervisor, the bureau). */
  | 'quality:work'
  /** Read the audit trail. */
  | 'audit:read'
  /** Compare stations side by side in district and region views (bureau, region, supervisor); others see one station. */
  | 'district:overview';

/** A station as authorization sees it: which one, and in which district. */
export interface StationRef {
  id: number;
  districtId: number;
}

export function authorize(viewer: Viewer, action: Action, station: StationRef | null): boolean {
  if (viewer.kind === 'system') return true;
  if (viewer.kind !== 'user') return false;
  const inDistrict = station != null && viewer.role === 'BUREAU' && station.districtId === viewer.districtId;
  const own = station != null && viewer.stationIds.includes(station.id);
  // A city's or province's authority reads its region; it neither writes nor sees names.
  const inRegion =
    station != null && viewer.role === 'REGION' && viewer.districtIds.includes(station.districtId);
  switch (action) {
    case 'station:read':
      return inDistrict || own || inRegion;
    case 'staff:names':
      return inDistrict || (viewer.role === 'STATION' && own);
    case 'figures:write':
      return inDistrict || (viewer.role === 'STATION' && own);
    case 'staff:keep_names':
    case 'station:create':
    case 'targets:write':
      return inDistrict;
    case 'period:submit':
      return inDistrict || (viewer.role === 'STATION' && own);
    case 'period:review':
      return inDistrict || (viewer.role === 'SUPERVISOR' && own);
    case 'period:lock':
      return inDistrict;
    case 'quality:work':
      return inDistrict || ((viewer.role === 'STATION' || viewer.role === 'SUPERVISOR') && own);
    case 'findings:write':
      return inDistrict || (viewer.role === 'SUPERVISOR' && own);
    case 'audit:read':
      return viewer.role === 'BUREAU' && (station == null || inDistrict);
    case 'district:overview':
      return viewer.role === 'BUREAU' || viewer.role === 'SUPERVISOR' || viewer.role === 'REGION';
    default:
      return false;
  }
}

export const actions: readonly Action[] = [
  'station:read',
  'staff:names',
  'figures:write',
  'staff:keep_names',
  'station:create',
  'targets:write',
  'findings:write',
  'period:submit',
  'period:review',
  'period:lock',
  'quality:work',
  'audit:read',
  'district:overview',
];

/** What a viewer may do at one of its own stations (for the client to show only what works). */
export function capabilities(viewer: Viewer): Action[] {
  if (viewer.kind !== 'user') return [];
  const own: StationRef =
    viewer.role === 'BUREAU'
      ? { id: -1, districtId: viewer.districtId ?? -1 }
      : { id: viewer.stationIds[0] ?? -1, districtId: -1 };
  return actions.filter((a) => a !== 'station:read' && authorize(viewer, a, own));
}
