/**
 * Logging in as each kind of user: the login page with its error and demo hint, each role's home
 * and navigation, names masked where the role may not see them, the audit trail for the bureau,
 * logout, and a session the server stops accepting.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite, logIn } from '../helpers/browser.ts';

const suite = browserSuite(undefined, 'purchaser-chigang');
const page = () => suite.b.page;
const url = () => suite.server.app.url;

describe('logging in', () => {
  it('a purchaser lands on its station, without district tabs or the audit trail, staff names masked', async () => {
    await page().waitForURL(/\/stations\/haizhu-chigang/);
    await expect.poll(() => page().getByTestId('user-menu').innerText()).toContain('街道办');
    expect(await page().getByTestId('nav-audit').count()).toBe(0);
    await suite.open('/stations/haizhu-chigang/staffing?year=2023');
    await expect.poll(async () => (await suite.b.tableCells('roster-table')).length).toBeGreaterThan(20);
    const names = (await suite.b.tableCells('roster-table')).map((r) => r[0]);
    // Masked; rows worked out from the annex's totals carry their 推算 mark after the name.
    expect(names.every((n) => /^\S\*+$/.test((n ?? '').replace(/\s*推算$/, '')))).toBe(true);
    // District views are for users who compare stations: a purchaser is taken home.
    await suite.open('/districts/haizhu');
    await page().waitForURL(/\/stations\/haizhu-chigang$/);
    // Another station is not there for it: the page says so, as for a station that does not exist.
    await suite.open('/stations/haizhu-xingang');
    await page().getByTestId('station-not-found').waitFor();
    expect(await page().getByTestId('station-not-found').textContent()).toContain('未找到：haizhu-xingang');
  });

  it('logout ends the session everywhere and leads to the login page', async () => {
    await page().getByTestId('logout').click();
    await page().waitForURL(/\/login/);
    // The next user starts at their own home, not at this user's last page.
    expect(new URL(page().url()).searchParams.get('next')).toBeNull();
    await expect.poll(() => page().getByRole('status').innerText()).toContain('已退出登录');
    await suite.open('/stations/haizhu-chigang');
    await page().waitForURL(/\/login\?next=/);
  });

  it('a wrong password says so; the demo users are listed; the bureau sees names and the audit trail', async () => {
    await page().goto(`${url()}/login`);
    await page().getByLabel('用户名').fill('bureau');
    await page().getByLabel('密码').fill('not-the-password');
    await page().getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page().getByRole('alert').innerText()).toContain('用户名或密码错误');
    expect(await page().getByTestId('demo-logins').innerText()).toContain('station-chigang');
    await logIn(page(), url(), 'bureau');
    await page().waitForURL(/\/districts\/haizhu/);
    await page().getByTestId('nav-audit').click();
    await page().waitForURL(/\/audit/);
    await expect.poll(async () => (await suite.b.tableCells('audit-table')).length).toBeGreaterThan(2);
    const actions = (await suite.b.tableCells('audit-table')).map((r) => r[2]);
    expect(actions).toContain('登录失败');
    expect(actions).toContain('登录成功');
    await suite.open('/stations/haizhu-chigang/staffing?year=2023');
    await expect.poll(async () => (await suite.b.tableCells('roster-table')).length).toBeGreaterThan(20);
    expect((await suite.b.tableCells('roster-table')).some((r) => /\*/.test(r[0] ?? ''))).toBe(false);
  });

  it('a session the server no longer accepts returns to the login page, keeping where the user was', async () => {
    await page().evaluate(() => {
      const key = 'station-monitor.session';
      const session = JSON.parse(localStorage.getItem(key) ?? '{}') as { token: string };
      localStorage.setItem(key, JSON.stringify({ ...session, token: `${session.token}x` }));
    });
    await suite.open('/districts/haizhu/weak');
    await page().waitForURL(
      (u) => u.pathname === '/login' && u.searchParams.get('next') === '/districts/haizhu/weak',
    );
    await expect.poll(() => page().getByRole('status').innerText()).toContain('登录已过期');
  });
});
