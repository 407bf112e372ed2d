import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    vue(),
    // Element Plus on demand: only the components used are bundled, with their CSS
    // (https://element-plus.org/en-US/guide/quickstart.html#on-demand-import).
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // echarts/core with the charts and components in modules/echarts.ts is ~730 kB minified (~250 kB gzip);
    // exceljs (~930 kB) is loaded only when someone downloads an XLSX, never with a page.
    chunkSizeWarningLimit: 950,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks, so an app change does not invalidate them in the cache
        // (https://rolldown.rs/in-depth/advanced-chunks).
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|vue-echarts)[\\/]/ },
            {
              name: 'element-plus',
              test: /node_modules[\\/](element-plus|@element-plus|@floating-ui|@popperjs|async-validator|lodash-es|dayjs)[\\/]/,
            },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
