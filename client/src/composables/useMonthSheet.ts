import { computed, ref, type Ref } from 'vue';
import {
  LockPeriodDocument,
  MonthSheetDocument,
  ReviewPeriodDocument,
  SaveMonthDocument,
  SubmitPeriodDocument,
  UnlockPeriodDocument,
  type MonthInput,
  type ReviewDecision,
} from '../graphql/generated/graphql.ts';
import { failureOf, request } from '../graphql/request.ts';
import { useQuery, type QueryError } from './useQuery.ts';

export type PeriodAction = 'save' | 'submit' | 'approve' | 'return' | 'lock' | 'lockQuarter' | 'unlock';

/**
 * A station's month in the reporting cycle: the months with their states and one month's sheet,
 * and the steps on it (save the grid, submit, review, lock, unlock). Each step reloads the sheet;
 * a refused one keeps the server's error (with the field it names) for the page to show.
 */
export function useMonthSheet(code: Ref<string>, year: Ref<number>, month: Ref<string>) {
  const { data, load } = useQuery(
    MonthSheetDocument,
    () => ({ code: code.value, year: year.value, month: month.value || '0000-00' }),
    { enabled: () => code.value !== '' && year.value > 0 },
  );
  const contract = computed(() => data.value?.station?.contract ?? null);
  const sheet = computed(() => contract.value?.monthSheet ?? null);
  const district = computed(() => data.value?.station?.district.code ?? '');
  const busy = ref<PeriodAction | null>(null);
  const error = ref<QueryError | null>(null);
  const done = ref<{ action: PeriodAction; count?: number } | null>(null);

  /** Runs a step; true when it went through. */
  async function run(action: PeriodAction, step: () => Promise<number | undefined>): Promise<boolean> {
    busy.value = action;
    error.value = null;
    done.value = null;
    try {
      const count = await step();
      done.value = { action, count };
      load.retry();
      return true;
    } catch (e) {
      error.value = failureOf(e);
      return false;
    } finally {
      busy.value = null;
    }
  }

  const base = () => ({ code: code.value, month: month.value });
  return {
    load,
    contract,
    sheet,
    busy,
    error,
    done,
    save: (input: Omit<MonthInput, 'stationCode' | 'month'>) =>
      run('save', async () => {
        const r = await request(SaveMonthDocument, {
          input: { stationCode: code.value, month: month.value, ...input },
        });
        return r.saveMonth.created + r.saveMonth.updated;
      }),
    submit: (explanation: string) =>
      run('submit', async () => {
        await request(SubmitPeriodDocument, { ...base(), explanation: explanation || null });
        return undefined;
      }),
    review: (
      decision: ReviewDecision,
      comment: string,
      cellComments: Array<{ indicatorCode: string; areaCode: string | null; comment: string }>,
    ) =>
      run(decision === 'APPROVE' ? 'approve' : 'return', async () => {
        await request(ReviewPeriodDocument, { ...base(), decision, comment: comment || null, cellComments });
        return undefined;
      }),
    lock: (from: string, to: string, wholeDistrict: boolean) =>
      run(wholeDistrict ? 'lockQuarter' : 'lock', async () => {
        const r = await request(LockPeriodDocument, {
          station: wholeDistrict ? null : code.value,
          district: wholeDistrict ? district.value : null,
          from,
          to,
        });
        return r.lockPeriod.changed;
      }),
    unlock: (reason: string) =>
      run('unlock', async () => {
        const r = await request(UnlockPeriodDocument, {
          station: code.value,
          from: month.value,
          to: month.value,
          reason,
        });
        return r.unlockPeriod.changed;
      }),
  };
}
