import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    vue(),
    // The locale files compiled to message functions at build time, so that the app ships vue-i18n's
    // runtime without its message compiler (https://vue-i18n.intlify.dev/guide/advanced/optimization).
    VueI18nPlugin({
      include: [fileURLToPath(new URL('../shared/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      dropMessageCompiler: true,
    }),
    // Element Plus on demand: only the components used are bundled, with their CSS
    // (https://element-plus.org/en-US/guide/quickstart.html#on-demand-import).
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
    // Each file also written compressed at the highest levels (brotli 11, gzip 9), once at build
    // time: the server sends these as they are (server/http/static.ts) instead of compressing every
    // request at a low level. Brotli 11 makes the ECharts chunk 17% smaller than on-the-fly brotli.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // echarts/core with the charts and components in shared/echarts.ts is ~630 kB minified (~210 kB gzip);
    // exceljs (~930 kB) is loaded only when someone downloads an XLSX, never with a page.
    // No manual chunk groups: each page loads the Element Plus components it uses, not all of them
    // (one element-plus chunk made every first page load the date pickers, forms and dialogs).
    chunkSizeWarningLimit: 950,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
