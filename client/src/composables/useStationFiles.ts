import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  ReportFileDocument,
  TableFileDocument,
  type FileFormat,
  type TableLayout,
} from '../graphql/generated/graphql.ts';
import { failureOf, request } from '../graphql/request.ts';
import type { QueryError } from './useQuery.ts';

/** A file the server sent as base64, handed to the browser's downloads (or opened, for a report to print). */
export function saveBase64(file: { fileName: string; mimeType: string; base64: string }, open = false): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  if (open) window.open(url, '_blank', 'noopener');
  else Object.assign(document.createElement('a'), { href: url, download: file.fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The station-year as files from the server: the official indicator table, the long template,
 * the attendance annex (CSV or XLSX), and the printable report.
 */
export function useStationFiles(
  code: () => string,
  year: () => number,
  asOf: () => string | null = () => null,
) {
  const { locale } = useI18n();
  const busy = ref<string | null>(null);
  const error = ref<QueryError | null>(null);

  async function run(
    key: string,
    fetchFile: () => Promise<{ fileName: string; mimeType: string; base64: string }>,
    open = false,
  ) {
    busy.value = key;
    error.value = null;
    try {
      saveBase64(await fetchFile(), open);
    } catch (e) {
      error.value = failureOf(e);
    } finally {
      busy.value = null;
    }
  }

  const table = (layout: TableLayout, format: FileFormat) =>
    run(`${layout}-${format}`, async () => {
      const data = await request(TableFileDocument, { code: code(), year: year(), layout, format });
      return data.tableFile;
    });

  const report = () =>
    run(
      'report',
      async () => {
        const data = await request(ReportFileDocument, {
          code: code(),
          year: year(),
          lang: locale.value === 'en' ? 'en' : 'zh',
          asOf: asOf(),
        });
        const file = data.station?.contract?.reportFile;
        if (!file) throw new Error('no contract');
        return file;
      },
      true,
    );

  return { busy, error, table, report };
}
