/**
 * One month walked through the reporting cycle in a real browser, by each role in turn: the
 * station's clerk pastes a block from a spreadsheet into the month grid, saves and submits; the
 * supervisor returns it with a comment on a cell; the clerk corrects and submits again; the
 * supervisor approves; the bureau locks it (the grid becomes read-only) and unlocks it with a
 * reason. The page is checked with axe, and screenshots (zh and en, desktop and phone) go to
 * SCREENSHOT_DIR when it is set.
 */
import { describe, expect, it } from 'vitest';
import { browserSuite, logIn, screenshots, seriousViolations, settled } from '../helpers/browser.ts';

const suite = browserSuite(undefined, 'station-haizhuang');
/** Haizhuang's January: the demo's latest reported month, complete and not yet submitted (the server's today is in February). */
const PAGE = '/stations/haizhu-haizhuang/month?month=2025-01';

const shot = (name: string) => screenshots(suite.b.page, name);

async function as(user: string) {
  const { page } = suite.b;
  await page.evaluate(() => localStorage.clear());
  await logIn(page, suite.server.app.url, user);
  await suite.open(PAGE);
  await settled(page);
}

const state = () => suite.b.page.getByTestId('month-state').textContent();

describe('a month from grid to lock', () => {
  it('the clerk sees the month, pastes a block from Excel into the grid, saves and submits', async () => {
    const { page } = suite.b;
    await suite.open(PAGE);
    await settled(page);
    expect(await state()).toBe('填报中');
    expect(await page.getByTestId('month-2024-11').textContent()).toContain('已锁定');
    expect(await page.getByTestId('month-complete').textContent()).toContain('已填齐');
    expect(await seriousViolations(page)).toEqual([]);
    await shot('month-open');
    // Two lines copied from a spreadsheet column, pasted into the first cell: the first two cells change.
    const inputs = page.getByTestId('month-grid').locator('tbody input');
    // One more than stored in each, so that both are changes.
    const pasted = [
      Number(await inputs.nth(0).inputValue()) + 1,
      Number(await inputs.nth(1).inputValue()) + 1,
    ];
    await inputs.nth(0).focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    }, `${pasted[0]}\t备注\n${pasted[1]}\n`);
    expect([await inputs.nth(0).inputValue(), await inputs.nth(1).inputValue()]).toEqual(pasted.map(String));
    // Enter moves down the column.
    await inputs.nth(1).press('Enter');
    expect(await inputs.nth(2).evaluate((el) => el === document.activeElement)).toBe(true);
    // A word where a number belongs is refused on its cell, before anything is sent.
    await inputs.nth(3).fill('十');
    await page.getByTestId('month-save').click();
    expect(await page.getByTestId('month-grid').locator('.cell-error').first().textContent()).toContain(
      '数字',
    );
    await inputs.nth(3).fill('无');
    await page.getByTestId('month-save').click();
    await expect.poll(() => page.getByTestId('month-done').textContent()).toContain('已保存 3 项');
    await page.getByTestId('month-submit').click();
    await expect.poll(state).toBe('已提交待审核');
    expect(await page.getByTestId('month-grid').locator('tbody input').count()).toBe(0);
  });

  it('the supervisor returns it with a comment on a cell; the clerk sees it, corrects and submits again', async () => {
    const { page } = suite.b;
    await as('supervisor');
    expect(await state()).toBe('已提交待审核');
    await page.getByTestId('month-grid').locator('tbody input.comment').first().fill('与台账不符，请核对');
    await page.getByTestId('month-return').click();
    await expect.poll(state).toBe('已退回修改');
    await as('station-haizhuang');
    expect(await page.getByTestId('month-grid').textContent()).toContain('与台账不符，请核对');
    await shot('month-returned');
    const first = page.getByTestId('month-grid').locator('tbody input').first();
    const corrected = String(Number(await first.inputValue()) + 1);
    await first.fill(corrected);
    expect(await page.getByTestId('month-pending').textContent()).toContain('1');
    // Submitted straight away: the correction is saved first, not left behind.
    await page.getByTestId('month-submit').click();
    await expect.poll(state).toBe('已提交待审核');
    await page.reload();
    await settled(page);
    expect((await page.getByTestId('month-grid').locator('tbody tr').first().textContent()) ?? '').toContain(
      corrected,
    );
  });

  it('the supervisor approves; the bureau locks it (read-only), then unlocks it with a reason', async () => {
    const { page } = suite.b;
    await as('supervisor');
    await page.getByTestId('month-approve').click();
    await expect.poll(state).toBe('已审核通过');
    await as('bureau');
    await page.getByTestId('month-lock').click();
    await expect.poll(state).toBe('已锁定');
    expect(await page.getByTestId('month-status').textContent()).toContain('海珠区民政局（示例）');
    await shot('month-locked');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(state).toBe('Locked');
    await shot('month-locked-en');
    // No reason, no unlock: the server's message is shown.
    await page.getByTestId('month-unlock').click();
    await expect.poll(() => page.getByTestId('month-error').textContent()).toContain('reason');
    await page.getByLabel(/Reason to unlock/).fill('Attendance of January to correct');
    await page.getByTestId('month-unlock').click();
    await expect.poll(state).toBe('Approved');
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('the bureau resolves a data-quality issue: it leaves the list and shows again with the resolved ones', async () => {
    const { page } = suite.b;
    await as('bureau');
    await suite.open('/districts/haizhu/quality');
    await settled(page);
    const counted = async () =>
      Number(/\d+/.exec((await page.locator('.table-head .meta').textContent()) ?? '')?.[0]);
    const before = await counted();
    await page.getByTestId('issue-resolve').first().click();
    await expect.poll(counted).toBe(before - 1);
    await page.getByTestId('show-resolved').click();
    await expect.poll(counted).toBe(before);
    expect(await page.getByTestId('quality-table').textContent()).toContain('已解决');
    await shot('quality-resolved');
  });
});
