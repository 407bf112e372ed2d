import { createRouter, createWebHistory } from 'vue-router';

/** The district the dashboard opens on; its year comes from the server (`District.defaultYear`). */
export const DEFAULT_DISTRICT = 'haizhu';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: { name: 'district', params: { code: DEFAULT_DISTRICT } } },
    {
      path: '/districts/:code',
      component: () => import('../pages/DistrictLayout.vue'),
      children: [
        { path: '', name: 'district', component: () => import('../pages/DistrictPage.vue') },
        {
          path: 'resources',
          name: 'district-resources',
          component: () => import('../pages/DistrictResourcesPage.vue'),
        },
        {
          path: 'staffing',
          name: 'district-staffing',
          component: () => import('../pages/DistrictStaffingPage.vue'),
        },
        { path: 'weak', name: 'district-weak', component: () => import('../pages/DistrictWeakPage.vue') },
        {
          path: 'quality',
          name: 'district-quality',
          component: () => import('../pages/DistrictQualityPage.vue'),
        },
      ],
    },
    {
      path: '/stations/:code',
      component: () => import('../pages/StationLayout.vue'),
      children: [
        { path: '', name: 'station', component: () => import('../pages/StationPage.vue') },
        {
          path: 'quarterly',
          name: 'station-quarterly',
          component: () => import('../pages/StationQuarterlyPage.vue'),
        },
        {
          path: 'resources',
          name: 'station-resources',
          component: () => import('../pages/StationResourcesPage.vue'),
        },
        {
          path: 'staffing',
          name: 'station-staffing',
          component: () => import('../pages/StationStaffingPage.vue'),
        },
        {
          path: 'volunteers',
          name: 'station-volunteers',
          component: () => import('../pages/StationVolunteersPage.vue'),
        },
        {
          path: 'evaluation',
          name: 'station-evaluation',
          component: () => import('../pages/StationEvaluationPage.vue'),
        },
      ],
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});
