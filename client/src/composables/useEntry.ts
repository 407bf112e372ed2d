import { computed, ref } from 'vue';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';
import { failureOf, request } from '../graphql/request.ts';
import { useErrorText } from './useErrorText.ts';
import type { QueryError } from './useQuery.ts';

/** A write's answer: the record, saying whether it replaced one (when it can). */
type EntryReply = Record<string, object>;

/**
 * Saving one entry form: the mutation's state, the server's message beside the field it names
 * (`input.value` → the form item `value`) or above the form, and what was done.
 */
export function useEntry<TResult extends EntryReply, TInput>(
  document: TypedDocumentString<TResult, { input: TInput }>,
  /** What a form does once saved (untick 替换, so that the next month is not replaced unasked). */
  afterSave: () => void = () => undefined,
) {
  const errorText = useErrorText();
  const saving = ref(false);
  const error = ref<QueryError | null>(null);
  const done = ref<'saved' | 'replaced' | null>(null);

  async function submit(input: TInput) {
    saving.value = true;
    error.value = null;
    done.value = null;
    try {
      const data = await request(document, { input });
      const reply = Object.values(data)[0];
      done.value = reply && 'replaced' in reply && reply.replaced === true ? 'replaced' : 'saved';
      afterSave();
    } catch (e) {
      error.value = failureOf(e);
    } finally {
      saving.value = false;
    }
  }

  /** The message for a form item, when the server named its field. */
  const fieldError = (field: string) =>
    error.value?.field === `input.${field}` ? errorText(error.value) : '';
  /** The message when no form item shows it. */
  const formError = computed(() =>
    error.value && !/^input\.\w+$/.test(error.value.field ?? '') ? errorText(error.value) : '',
  );
  return { saving, error, done, submit, fieldError, formError };
}
