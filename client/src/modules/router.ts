import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router';
import { loadLiveChart } from './chartRuntime.ts';
import { can, endedBecause, homeOf, session } from './session.ts';

// Every page is its own chunk, loaded when first visited.
const pages = import.meta.glob<RouteComponent>('../pages/*.vue', { import: 'default' });
function page(name: string) {
  const load = pages[`../pages/${name}.vue`];
  if (!load) throw new Error(`no page ${name}`);
  return load;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A section of the dashboard: `/districts/:code` in `DistrictLayout.vue` with its tabs. The
 * tab '' is the route `district` (`DistrictPage.vue`), the tab 'weak' the route `district-weak`
 * (`DistrictWeakPage.vue`), and so on; the same for stations.
 */
function section(
  kind: 'district' | 'station',
  tabs: ReadonlyArray<string | { tab: string; needs: string }>,
): RouteRecordRaw {
  const Kind = capitalized(kind);
  return {
    path: `/${kind}s/:code`,
    component: page(`${Kind}Layout`),
    // District views compare stations: only for users who see several (a bureau, a supervisor).
    meta: kind === 'district' ? { needs: 'district:overview' } : {},
    children: tabs.map((entry) => {
      const { tab, needs } = typeof entry === 'string' ? { tab: entry, needs: undefined } : entry;
      return {
        path: tab,
        name: tab ? `${kind}-${tab}` : kind,
        component: page(`${Kind}${capitalized(tab)}Page`),
        meta: needs ? { needs } : {},
      };
    }),
  };
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    // Each user starts at home: a bureau its district, a station or purchaser its station.
    {
      path: '/',
      name: 'home',
      redirect: () => (session.value ? homeOf(session.value.user) : { name: 'login' }),
    },
    { path: '/login', name: 'login', component: page('LoginPage'), meta: { public: true } },
    { path: '/glossary', name: 'glossary', component: page('GlossaryPage') },
    { path: '/audit', name: 'audit', component: page('AuditPage'), meta: { needs: 'audit:read' } },
    // A city's, province's or the country's stations summarised (for those who compare stations).
    {
      path: '/regions/:code',
      name: 'region',
      component: page('RegionPage'),
      meta: { needs: 'district:overview' },
    },
    section('district', ['', 'resources', 'staffing', 'weak', 'quality']),
    section('station', [
      '',
      'quarterly',
      'resources',
      'staffing',
      'volunteers',
      'evaluation',
      // The monthly report and its cycle: everyone reads it; the buttons follow the role.
      'month',
      // Getting figures in: for those who may write them (the bureau, the station itself).
      { tab: 'entry', needs: 'figures:write' },
      { tab: 'import', needs: 'figures:write' },
    ]),
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});

// Every page but the login needs a login, and some a capability; the login page leads back.
router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!session.value) return { name: 'login', query: { next: to.fullPath } };
  const needs = to.matched.map((r) => r.meta.needs as string | undefined).find(Boolean);
  if (!needs || can(needs)) return true;
  // Not for this user: home instead (or, should home itself need it, the login page).
  const home = homeOf(session.value.user);
  return to.name === home.name ? { name: 'login' } : home;
});

/**
 * Pages that draw charts with ECharts, loaded apart from them (`chartRuntime.ts`), start loading
 * it with the navigation rather than once their figures are in. Not the district overview: the
 * server draws its first chart while ECharts waits.
 */
const chartless = new Set([
  'home',
  'login',
  'glossary',
  'audit',
  'district',
  'station-entry',
  'station-import',
  'station-month',
]);
router.beforeEach((to) => {
  if (!chartless.has(String(to.name))) void loadLiveChart();
});

// A session that ends (expiry, a token the server refuses, logout) leaves for the login page.
watch(session, (now, before) => {
  const route = router.currentRoute.value;
  if (!before || now || route.meta.public) return;
  // After a logout the next user starts at their own home; after an expiry, back where they were.
  const next = endedBecause.value === 'logout' ? {} : { next: route.fullPath };
  void router.push({ name: 'login', query: next });
});
