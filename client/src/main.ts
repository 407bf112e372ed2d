import { createApp } from 'vue';
import App from './App.vue';
import { i18n, setLocale, storedLocale } from './modules/i18n.ts';
import { router } from './modules/router.ts';

// In English, its messages first (fetched); in Chinese at once.
void setLocale(storedLocale).finally(() => createApp(App).use(i18n).use(router).mount('#app'));
