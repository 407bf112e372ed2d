import { computed, ref } from 'vue';
import { ImportTableDocument, type ImportTableMutation } from '../graphql/generated/graphql.ts';
import { failureOf, request } from '../graphql/request.ts';
import { can } from '../modules/session.ts';
import type { QueryError } from './useQuery.ts';

export type ImportResult = ImportTableMutation['importTable'];
export type ImportStage =
  'idle' | 'reading' | 'uploading' | 'checking' | 'checked' | 'importing' | 'imported' | 'error';

/** What the user may add when confirming: a new contract's dates and positions, keeping names. */
export interface ImportChoices {
  createContract: boolean;
  contractStart: string | null;
  contractEnd: string | null;
  positions: number | null;
  keepNames: boolean;
  /** The keys of the data-quality flags whose suggested figures replace the printed ones. */
  acceptSuggestions: string[];
}

/**
 * Whether the user may take a flag's suggested figure: a lost decimal point always; an area's
 * corrected target only where targets may be set (the bureau, or a new contract).
 */
export function suggestionOffered(result: ImportResult, flag: ImportResult['flags'][number]): boolean {
  if (flag.suggestion == null || result.applied) return false;
  return flag.code !== 'quality/area_target_corrected' || can('targets:write') || result.contractNeeded;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/**
 * Importing one file: a dry run first (values, problems, flags shown, nothing written), then,
 * once the user confirms, the same file for real. Owns the stage and the upload's progress.
 */
export function useImport(code: () => string) {
  const stage = ref<ImportStage>('idle');
  const progress = ref(0);
  const result = ref<ImportResult | null>(null);
  const error = ref<QueryError | null>(null);
  let content: { fileName: string; base64: string } | null = null;

  async function send(year: number, dryRun: boolean, choices: Partial<ImportChoices> = {}) {
    if (!content) return;
    stage.value = dryRun ? 'uploading' : 'importing';
    progress.value = 0;
    error.value = null;
    try {
      const data = await request(
        ImportTableDocument,
        {
          input: {
            stationCode: code(),
            year,
            fileName: content.fileName,
            contentBase64: content.base64,
            dryRun,
            ...choices,
          },
        },
        {
          onUploadProgress: (f) => {
            progress.value = f;
            if (f >= 1 && dryRun) stage.value = 'checking';
          },
        },
      );
      result.value = data.importTable;
      stage.value = dryRun ? 'checked' : data.importTable.applied ? 'imported' : 'checked';
    } catch (e) {
      error.value = failureOf(e);
      stage.value = 'error';
    }
  }

  async function check(file: File, year: number) {
    stage.value = 'reading';
    result.value = null;
    try {
      content = { fileName: file.name, base64: await readBase64(file) };
    } catch {
      error.value = { code: 'import/unreadable', messages: null };
      stage.value = 'error';
      return;
    }
    await send(year, true);
  }

  const confirm = (year: number, choices: ImportChoices) => send(year, false, choices);

  function reset() {
    stage.value = 'idle';
    result.value = null;
    error.value = null;
    content = null;
  }

  const busy = computed(() => ['reading', 'uploading', 'checking', 'importing'].includes(stage.value));
  return { stage, progress, result, error, busy, check, confirm, reset };
}
