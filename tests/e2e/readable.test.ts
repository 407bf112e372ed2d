/**
 * What a reader sees on every page, in Chinese and English, on a desktop and a 390 px phone:
 * the page never scrolls sideways, a table that does shows its scroll bar, no chart label is cut
 * at the chart's edge, and no text is in the other language. Data that exists in one language only (an area's label, a community, a
 * person's name, a report's quoted words) is marked with its language (`lang="zh-CN"`), as screen
 * readers need; everything else must be in the reader's language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, settled } from '../helpers/browser.ts';
import { dashboardPages } from '../helpers/pages.ts';

const suite = browserSuite();
/** The region page is a region user's (a province's authority). */
const regionSuite = browserSuite(undefined, 'province');
type Suite = typeof suite;

const viewports = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Latin words a Chinese page may show: file formats. (The language switch is marked `lang="en"`,
 * identifiers such as usernames `translate="no"`.)
 */
const latinAllowed = new Set(['CSV', 'XLSX', 'xlsx', 'xls', 'HTML', 'PDF', 'UTF', 'md', 'Markdown', 'ID']);

type Problems = { overflow: number | null; clipped: string[]; foreign: string[]; hiddenScroll: number };

async function problemsOn(on: Suite, path: string, language: 'zh' | 'en'): Promise<string[]> {
  await on.open(path);
  // Charts draw after their data and animate in.
  await settled(on.b.page, 900);
  return problemsShown(on.b.page, path, language);
}

/** The problems on the page as it is now; `path` names it in the messages. */
async function problemsShown(page: Page, path: string, language: 'zh' | 'en'): Promise<string[]> {
  const found = await page.evaluate(
    ({ language, latinAllowed }): Problems => {
      const allowed = new Set(latinAllowed);
      const overflow =
        document.documentElement.scrollWidth > window.innerWidth + 1
          ? document.documentElement.scrollWidth
          : null;
      const clipped: string[] = [];
      for (const svg of document.querySelectorAll('[_echarts_instance_] svg')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        for (const text of svg.querySelectorAll('text')) {
          const content = (text.textContent ?? '').trim();
          const r = text.getBoundingClientRect();
          if (!content || r.width === 0 || getComputedStyle(text).opacity === '0') continue;
          // Deliberately clipped: a scrolling legend's items beyond its pager.
          if (text.closest('[clip-path]')) continue;
          if (
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1
          )
            clipped.push(content.slice(0, 40));
        }
      }
      // A table wider than its card scrolls sideways; its scroll bar must show that without a hover.
      const hiddenScroll = [...document.querySelectorAll('.el-table .el-scrollbar__wrap')].filter((wrap) => {
        if (wrap.scrollWidth <= wrap.clientWidth + 1) return false;
        const bar = wrap.parentElement?.querySelector(':scope > .el-scrollbar__bar.is-horizontal');
        return !bar || getComputedStyle(bar).display === 'none';
      }).length;
      const foreign: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = (node.textContent ?? '').trim();
        if (!element || !text) continue;
        if (element.closest('style, script, noscript, [aria-hidden="true"], [translate="no"]')) continue;
        const r = element.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const marked = element.closest('[lang]')?.getAttribute('lang') ?? '';
        if (language === 'en' && !marked.startsWith('zh') && /[\u3400-\u9fff]/.test(text)) foreign.push(text);
        if (language === 'zh' && marked.startsWith('zh')) {
          const words = text.match(/[A-Za-z]{3,}/g) ?? [];
          if (words.some((w) => !allowed.has(w))) foreign.push(text);
        }
      }
      return { overflow, clipped: [...new Set(clipped)], foreign: [...new Set(foreign)], hiddenScroll };
    },
    { language, latinAllowed: [...latinAllowed] },
  );
  return [
    ...(found.overflow ? [`${path}: the page is ${found.overflow} px wide`] : []),
    ...(found.hiddenScroll
      ? [`${path}: ${found.hiddenScroll} tables scroll sideways with no scroll bar showing`]
      : []),
    ...found.clipped.map((t) => `${path}: chart label cut: ${t}`),
    ...found.foreign
      .slice(0, 8)
      .map((t) => `${path}: ${language === 'en' ? 'Chinese' : 'English'}: ${t.slice(0, 60)}`),
  ];
}

/** Sets the viewport and the language (through the header's switch) of a suite's browser. */
async function viewAs(on: Suite, viewport: (typeof viewports)[number], language: 'zh' | 'en') {
  const { page } = on.b;
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await on.open('/glossary');
  const switcher = page.getByRole('button', { name: language === 'en' ? 'English' : '中文', exact: true });
  if (await switcher.isVisible()) await switcher.click();
}

/** The login page, as someone not logged in sees it: empty, then after a wrong password. */
async function loginPageProblems(viewport: (typeof viewports)[number], language: 'zh' | 'en') {
  const context = await suite.b.browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
  });
  try {
    const page = await context.newPage();
    await page.goto(`${suite.server.app.url}/login`);
    await page.getByRole('button', { name: language === 'en' ? 'English' : '中文', exact: true }).click();
    await settled(page, 100);
    const problems = await problemsShown(page, '/login', language);
    await page.getByLabel(/用户名|Username/).fill('bureau');
    await page.getByLabel(/密码|Password/).fill('not-the-password');
    await page.getByRole('button', { name: /^(登录|Log in)$/ }).click();
    await page.getByRole('alert').waitFor();
    problems.push(...(await problemsShown(page, '/login (wrong password)', language)));
    return problems;
  } finally {
    await context.close();
  }
}

describe.each(['zh', 'en'] as const)('every page in %s', (language) => {
  it.each(viewports)(
    '$name ($width px): no sideways scrolling, no cut chart label, no text in the other language',
    async (viewport) => {
      await viewAs(suite, viewport, language);
      const problems: string[] = [];
      for (const path of dashboardPages) problems.push(...(await problemsOn(suite, path, language)));
      await viewAs(regionSuite, viewport, language);
      problems.push(...(await problemsOn(regionSuite, '/regions/guangdong?year=2024', language)));
      problems.push(...(await loginPageProblems(viewport, language)));
      expect(problems).toEqual([]);
    },
    240_000,
  );
});
