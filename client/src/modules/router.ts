import { createRouter, createWebHistory } from 'vue-router';

/** The service year shown first: the reference year, the one year in which every Haizhu station has figures. */
export const DEFAULT_YEAR = 2023;
export const DEFAULT_DISTRICT = 'haizhu';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: { name: 'district', params: { code: DEFAULT_DISTRICT } } },
    { path: '/districts/:code', name: 'district', component: () => import('../pages/DistrictPage.vue') },
    { path: '/stations/:code', name: 'station', component: () => import('../pages/StationPage.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});
