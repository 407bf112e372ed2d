/**
 * Work on a data-quality issue (issue 24, item 5): a station, its supervisor or the bureau
 * acknowledges it, explains it (why the figure is right), resolves it (it leaves the open counts
 * and stays in the history) or assigns it to a user who sees the station; each change in one
 * transaction with its audit entry (before and after).
 */
import { and, eq } from 'drizzle-orm';
import { authorize } from '../auth/authorize.ts';
import { userViewer } from '../auth/viewer.ts';
import * as t from '../db/schema.ts';
import { appError } from '../errors.ts';
import { appendAudit } from '../services/audit.ts';
import { figuresChanged } from '../services/figures.ts';
import { userByUsername } from '../services/users.ts';
import { actorOf, stationToWrite, type CommandContext } from './context.ts';

export interface IssueWorkInput {
  stationCode: string;
  key: string;
  status: (typeof t.ISSUE_STATUSES)[number];
  explanation?: string | null;
  /** Username of the user to assign it to; null or absent: nobody. */
  assignee?: string | null;
}

/** The issue as the read side found it for the station (by key). */
export interface FoundIssue {
  contract: t.ContractRow;
  key: string;
  code: string;
  message: { zh: string; en: string };
}

export async function updateQualityIssue(
  c: CommandContext,
  issue: FoundIssue,
  input: IssueWorkInput,
): Promise<t.QualityIssueStateRow> {
  const explanation = input.explanation?.trim() || null;
  if (input.status === 'EXPLAINED' && !explanation)
    throw appError('quality/explanation_required', { field: 'explanation' });
  return c.db.transaction(async (tx) => {
    const station = await stationToWrite(tx, c, input.stationCode, 'quality:work');
    let assigneeId: number | null = null;
    if (input.assignee) {
      const user = await userByUsername(tx, input.assignee.trim());
      const viewer = user ? await userViewer(tx, user) : null;
      // Only someone who may work on the station's issues can be given one.
      if (!user || !viewer || !authorize(viewer, 'quality:work', station))
        throw appError('quality/bad_assignee', { field: 'assignee', value: input.assignee });
      assigneeId = user.id;
    }
    const q = t.qualityIssueStates;
    const before =
      (
        await tx
          .select()
          .from(q)
          .where(and(eq(q.contractId, issue.contract.id), eq(q.issueKey, issue.key)))
      )[0] ?? null;
    const values = {
      status: input.status,
      explanation,
      assigneeId,
      updatedBy: actorOf(c).userId,
      updatedAt: new Date().toISOString(),
    };
    const after = before
      ? (await tx.update(q).set(values).where(eq(q.id, before.id)).returning())[0]!
      : (
          await tx
            .insert(q)
            .values({ contractId: issue.contract.id, issueKey: issue.key, ...values })
            .returning()
        )[0]!;
    await appendAudit(tx, {
      ...actorOf(c),
      action: 'quality.update',
      entity: 'quality_issue',
      entityId: String(after.id),
      districtId: station.districtId,
      stationId: station.id,
      before: before ?? { status: 'OPEN' },
      after: { ...after, code: issue.code, message: issue.message.zh },
      ip: c.ip,
    });
    // Resolved issues leave the counts the rollup keeps.
    await figuresChanged(tx, { contractIds: [issue.contract.id] });
    return after;
  });
}
