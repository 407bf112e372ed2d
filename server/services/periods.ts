/** The reporting cycle's stored rows and settings, as the read side asks for them. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import * as t from '../db/schema.ts';

/**
 * The `settings` key of the first month reported through the cycle (YYYY-MM): an installation
 * that starts the cycle part-way through a contract sets it, so that the months before are not
 * counted as missing. The demo sets it to the month its cycle began.
 */
export const CYCLE_FROM_KEY = 'reporting_cycle_from';

export async function reportingCycleFrom(db: Db): Promise<string | null> {
  return (await db.select().from(t.settings).where(eq(t.settings.key, CYCLE_FROM_KEY)))[0]?.value ?? null;
}

/** Contracts' stored periods (months nobody has touched have none), for the request's loaders. */
export const periodLookups = {
  periodsByContract: {
    table: t.reportingPeriods,
    key: t.reportingPeriods.contractId,
    owner: { contract: t.reportingPeriods.contractId },
  },
} as const;
