import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './modules/i18n.ts';
import { router } from './modules/router.ts';

document.documentElement.lang = i18n.global.locale.value;
createApp(App).use(i18n).use(router).mount('#app');
