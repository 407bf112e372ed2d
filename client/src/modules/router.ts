import { createRouter, createWebHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router';

/** The district the dashboard opens on; its year comes from the server (`District.defaultYear`). */
export const DEFAULT_DISTRICT = 'haizhu';

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
function section(kind: 'district' | 'station', tabs: readonly string[]): RouteRecordRaw {
  const Kind = capitalized(kind);
  return {
    path: `/${kind}s/:code`,
    component: page(`${Kind}Layout`),
    children: tabs.map((tab) => ({
      path: tab,
      name: tab ? `${kind}-${tab}` : kind,
      component: page(`${Kind}${capitalized(tab)}Page`),
    })),
  };
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: { name: 'district', params: { code: DEFAULT_DISTRICT } } },
    section('district', ['', 'resources', 'staffing', 'weak', 'quality']),
    section('station', ['', 'quarterly', 'resources', 'staffing', 'volunteers', 'evaluation']),
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});
