/** Reading the audit trail and the demo logins (logging in and out are commands: commands/auth.ts). */
import { authorize } from '../auth/authorize.ts';
import { requireUser, scopeOf } from '../auth/viewer.ts';
import { appError } from '../errors.ts';
import { listAudit, type AuditFilter } from '../services/audit.ts';
import { demoUsers } from '../services/users.ts';
import type { Reader } from './reader.ts';

/** The audit trail of the bureau's district, newest first. */
export async function auditLog(r: Reader, filter: AuditFilter) {
  const viewer = requireUser(r.viewer);
  if (!authorize(viewer, 'audit:read', null)) throw appError('auth/forbidden');
  return listAudit(r.db, scopeOf(viewer), filter);
}

/** The demo users' names, for a demo installation's login page. */
export async function demoLogins(r: Reader): Promise<string[]> {
  return (await demoUsers(r.db)).map((u) => u.username);
}
