/**
 * Data-quality issues as work (issue 24, item 5), through the real server: Chigang's clerk
 * explains an issue, the bureau assigns it to the supervisor, the supervisor resolves it; a
 * resolved issue leaves the open lists and counts (district and station) and stays in the history
 * (`includeResolved`, the audit trail). Who may not, may not; a key that names nothing is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Issue = {
  key: string;
  code: string;
  status: string;
  explanation: string | null;
  assignee: string | null;
  updatedBy: string | null;
};
const FIELDS = 'key code status explanation assignee updatedBy';
const LIST = `query($resolved: Boolean) { dataQualityIssues(stationCode: "haizhu-chigang", includeResolved: $resolved) { ${FIELDS} }
  station: dataQualityIssueCount(stationCode: "haizhu-chigang") district: dataQualityIssueCount(districtCode: "haizhu") }`;
const UPDATE = `mutation($key: String!, $status: IssueStatus!, $explanation: String, $assignee: String) {
  updateQualityIssue(stationCode: "haizhu-chigang", key: $key, status: $status, explanation: $explanation, assignee: $assignee) { ${FIELDS} } }`;

async function list(user = 'bureau', resolved = false) {
  const res = await server.queryAs<{ dataQualityIssues: Issue[]; station: number; district: number }>(
    user,
    LIST,
    {
      resolved,
    },
  );
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('quality issues as work', () => {
  it('explained, assigned and resolved, a resolved issue leaves the open counts and stays in the history', async () => {
    const before = await list();
    expect(before.dataQualityIssues.length).toBeGreaterThan(10);
    expect(before.dataQualityIssues.every((i) => i.status === 'OPEN')).toBe(true);
    // Keys name one issue each.
    expect(new Set(before.dataQualityIssues.map((i) => i.key)).size).toBe(before.dataQualityIssues.length);
    const { key } = before.dataQualityIssues[0]!;
    const bare = await server.queryAs('station-chigang', UPDATE, { key, status: 'EXPLAINED' });
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'quality/explanation_required' });
    const explained = await server.queryAs<{ updateQualityIssue: Issue }>('station-chigang', UPDATE, {
      key,
      status: 'EXPLAINED',
      explanation: '报告原文如此，已向评估方核实',
    });
    expect(explained.data?.updateQualityIssue).toMatchObject({
      key,
      status: 'EXPLAINED',
      explanation: '报告原文如此，已向评估方核实',
      updatedBy: '赤岗街社工站（示例）',
    });
    const badAssignee = await server.query(UPDATE, {
      key,
      status: 'ACKNOWLEDGED',
      assignee: 'purchaser-chigang',
    });
    expect(badAssignee.errors?.[0]?.extensions).toMatchObject({
      code: 'quality/bad_assignee',
      field: 'assignee',
    });
    const assigned = await server.query<{ updateQualityIssue: Issue }>(UPDATE, {
      key,
      status: 'ACKNOWLEDGED',
      assignee: 'supervisor',
    });
    expect(assigned.data?.updateQualityIssue).toMatchObject({
      status: 'ACKNOWLEDGED',
      assignee: '督导评估（示例）',
    });
    const resolved = await server.queryAs<{ updateQualityIssue: Issue }>('supervisor', UPDATE, {
      key,
      status: 'RESOLVED',
    });
    expect(resolved.data?.updateQualityIssue.status).toBe('RESOLVED');
    const after = await list();
    expect(after.station).toBe(before.station - 1);
    expect(after.district).toBe(before.district - 1);
    expect(after.dataQualityIssues.map((i) => i.key)).not.toContain(key);
    const history = await list('bureau', true);
    expect(history.dataQualityIssues.find((i) => i.key === key)).toMatchObject({ status: 'RESOLVED' });
    const audit = await server.query<{ auditLog: Array<{ username: string }> }>(
      '{ auditLog(action: "quality.update") { username } }',
    );
    expect(audit.data?.auditLog.map((a) => a.username)).toEqual(['supervisor', 'bureau', 'station-chigang']);
  });

  it('the purchaser may not; a key that names no issue is refused', async () => {
    const { key } = (await list()).dataQualityIssues[0]!;
    const purchaser = await server.queryAs('purchaser-chigang', UPDATE, { key, status: 'ACKNOWLEDGED' });
    expect(purchaser.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    const unknown = await server.query(UPDATE, { key: 'nothing', status: 'ACKNOWLEDGED' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'quality/unknown_issue', field: 'key' });
  });
});
