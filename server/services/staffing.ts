/** Staff rosters and monthly attendance. */
import { attendance, staff } from '../db/schema.ts';

/** The scoped lookups of this module (see `rowsByKeys`). */
export const staffingLookups = {
  staffByStation: { table: staff, key: staff.stationId, owner: { station: staff.stationId } },
  attendanceByContract: {
    table: attendance,
    key: attendance.contractId,
    owner: { contract: attendance.contractId },
  },
} as const;
