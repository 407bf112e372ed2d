import { computed, type Ref } from 'vue';
import { AuditLogDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

export const auditPageSize = 50;

export interface AuditFilters {
  action: Ref<string>;
  username: Ref<string>;
  /** 1-based page. */
  page: Ref<number>;
}

/** A page of the audit trail (newest first), filtered by action and user. */
export function useAuditLog(filters: AuditFilters) {
  const { data, load } = useQuery(AuditLogDocument, () => ({
    action: filters.action.value || null,
    username: filters.username.value || null,
    // One more than a page: whether there is a next page.
    limit: auditPageSize + 1,
    offset: (filters.page.value - 1) * auditPageSize,
  }));
  const entries = computed(() => (data.value?.auditLog ?? []).slice(0, auditPageSize));
  const hasNext = computed(() => (data.value?.auditLog.length ?? 0) > auditPageSize);
  return { load, entries, hasNext };
}
