/** The audit trail: appended in the same transaction as the write it records, never updated. */
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import { answersChanged } from './versions.ts';
import type { Scope } from './scope.ts';

export type AuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'> & { at?: string };

/** Appends one entry and moves the audit trail's version on, inside the transaction of the write it records. */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, at: entry.at ?? new Date().toISOString() });
  // The trail is itself read (the audit page): a cached page of it must not outlive an entry.
  // Only the trail's version: a login ends no cached figures.
  await answersChanged(db, { audit: true });
}

export interface AuditFilter {
  action?: string | null;
  username?: string | null;
  /** ISO dates, inclusive. */
  from?: string | null;
  to?: string | null;
  limit: number;
  offset: number;
}

/** Entries of the districts in scope, newest first. */
export async function listAudit(db: Db, scope: Scope, filter: AuditFilter) {
  const a = auditLog;
  const inScope =
    scope.kind === 'all'
      ? undefined
      : scope.kind === 'districts'
        ? sql`${a.districtId} in (${sql.join(
            scope.districtIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`;
  return db
    .select()
    .from(a)
    .where(
      and(
        inScope,
        filter.action ? eq(a.action, filter.action) : undefined,
        filter.username ? eq(a.username, filter.username) : undefined,
        filter.from ? gte(a.at, filter.from) : undefined,
        filter.to ? lte(a.at, `${filter.to}T23:59:59.999Z`) : undefined,
      ),
    )
    .orderBy(desc(a.at), desc(a.id))
    .limit(filter.limit)
    .offset(filter.offset);
}
