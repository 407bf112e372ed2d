/**
 * Every error a user can see, with a namespaced code (sent as `extensions.code`) and its
 * message in Chinese and English. The client shows the message of its language by code.
 */
import { GraphQLError } from 'graphql';

export const errorMessages = {
  'input/bad_date': {
    zh: '日期格式无效：{value}（应为 YYYY-MM-DD）',
    en: 'Invalid date: {value} (expected YYYY-MM-DD)',
  },
  'input/bad_year': { zh: '服务年度无效：{value}', en: 'Invalid service year: {value}' },
  'server/internal': {
    zh: '服务器内部错误，请稍后重试',
    en: 'Internal server error, please try again later',
  },
} as const;

export type ErrorCode = keyof typeof errorMessages;

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

/** A GraphQL error carrying its code, both messages and what it is about (field, value). */
export function appError(code: ErrorCode, params: Record<string, string> = {}): GraphQLError {
  const { zh, en } = errorMessages[code];
  return new GraphQLError(fill(en, params), {
    extensions: { code, messageZh: fill(zh, params), messageEn: fill(en, params), ...params },
  });
}
