/**
 * Every failure as JSON with a namespaced code and its zh/en message: GraphQL errors (ours,
 * graphql-js's, graphql-armor's, Apollo's own HTTP refusals) and body-parser's. No stack, SQL
 * or path is ever sent. Refusals of bad requests are logged at info; only the unexpected at error.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnavailable, retryAfterSeconds } from '../db/unavailable.ts';
import { errorBody, errorStatus, isErrorCode, type ErrorCode } from '../errors.ts';
import { maxBodyDepth, maxLargeBodyValues } from './body.ts';
import { armorErrorCode } from './limits.ts';

type Mapped = {
  code: ErrorCode;
  params?: Record<string, string>;
  /** The error already carries our code and messages: send it as it is. */
  own?: { message: string; extensions: Record<string, unknown> };
};

/** Apollo's own HTTP-level refusals, by their wording, keeping their meaning. */
function apolloRefusal(message: string): Mapped | null {
  if (/Cross-Site Request Forgery/i.test(message)) return { code: 'request/csrf' };
  if (/batching/i.test(message)) return { code: 'request/batching' };
  if (/invalid Content-Type|content-type/i.test(message)) return { code: 'request/bad_content_type' };
  return { code: 'request/bad_request', params: { detail: message.slice(0, 200) } };
}

/** Our code for a GraphQL error, or null when it is unexpected (an internal failure). */
export function mapGraphQLError(formatted: GraphQLFormattedError, original: unknown): Mapped | null {
  // A Date literal that fails to parse reaches us wrapped in a validation error: keep its own code.
  const inner = (
    original as { originalError?: { message: string; extensions?: Record<string, unknown> } } | undefined
  )?.originalError;
  const innerCode = inner?.extensions?.code;
  if (inner && isErrorCode(innerCode)) {
    return { code: innerCode, own: { message: inner.message, extensions: inner.extensions ?? {} } };
  }
  const code = formatted.extensions?.code;
  if (isErrorCode(code))
    return { code, own: { message: formatted.message, extensions: formatted.extensions ?? {} } };
  const armor = armorErrorCode(formatted.message);
  if (armor) return { code: armor.code, params: { limit: armor.limit } };
  const detail = formatted.message.slice(0, 300);
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return { code: 'graphql/parse_failed', params: { detail } };
    case 'BAD_USER_INPUT':
      return { code: 'input/bad_variable', params: { detail } };
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'OPERATION_RESOLUTION_FAILURE':
      return { code: 'graphql/validation_failed', params: { detail } };
    case 'BAD_REQUEST':
      return apolloRefusal(formatted.message);
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'PERSISTED_QUERY_NOT_FOUND':
      return { code: 'request/bad_request', params: { detail } };
    default:
      return null;
  }
}

export function formatGraphQLError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const mapped = mapGraphQLError(formatted, error);
    if (!mapped && isDatabaseUnavailable(error)) {
      logger.warn({ err: error }, 'the database does not answer');
      return { ...errorBody('server/unavailable'), path: formatted.path };
    }
    if (!mapped) {
      logger.error({ err: error }, 'unexpected GraphQL error');
      return { ...errorBody('server/internal'), path: formatted.path };
    }
    const { http: _http, ...ownExtensions } = (mapped.own?.extensions ?? {}) as Record<string, unknown>;
    const body = mapped.own
      ? { message: mapped.own.message, extensions: ownExtensions }
      : errorBody(mapped.code, mapped.params);
    logger.info({ code: mapped.code, path: formatted.path }, 'request refused or field failed');
    return {
      message: body.message,
      extensions: body.extensions,
      path: formatted.path,
      locations: formatted.locations,
    };
  };
}

/** Sends one coded error as a GraphQL-shaped JSON body with its status. */
export function sendError(
  res: Parameters<ErrorRequestHandler>[2],
  code: ErrorCode,
  params: Record<string, string> = {},
) {
  res.status(errorStatus[code] ?? 400).json({ errors: [errorBody(code, params)] });
}

/** body-parser's and express's failures (bad JSON, too large, bad encoding) as coded JSON. */
export function expressErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: string }).type;
    const status = (err as { status?: number }).status;
    if (type === 'entity.parse.failed') return sendError(res, 'request/bad_json');
    if (type === 'body.too.deep') return sendError(res, 'request/too_deep', { limit: String(maxBodyDepth) });
    if (type === 'body.too.complex')
      return sendError(res, 'request/too_complex', { limit: String(maxLargeBodyValues) });
    if (type === 'entity.too.large') {
      const limit = (err as { limit?: number }).limit;
      return sendError(res, 'request/too_large', {
        limit: limit ? `${Math.round(limit / 1024 / 1024)} MB` : '1 MB',
      });
    }
    if (status === 404) return sendError(res, 'request/not_found');
    if (status != null && status >= 400 && status < 500) {
      logger.info({ type, status }, 'bad request body');
      return sendError(res, 'request/bad_request', { detail: type ?? 'unreadable body' });
    }
    if (isDatabaseUnavailable(err)) {
      logger.warn({ err }, 'the database does not answer');
      res.setHeader('Retry-After', String(retryAfterSeconds));
      return sendError(res, 'server/unavailable');
    }
    logger.error({ err }, 'unexpected HTTP error');
    return sendError(res, 'server/internal');
  };
}

/**
 * Apollo plugin: an answer that carries `server/unavailable` (the database did not answer) is sent
 * as 503 with Retry-After, so that clients and load balancers try again rather than give up.
 */
export const unavailableStatus: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.body.kind !== 'single') return;
      const errors = response.body.singleResult.errors ?? [];
      if (!errors.some((e) => e.extensions?.code === 'server/unavailable')) return;
      response.http.status = 503;
      response.http.headers.set('retry-after', String(retryAfterSeconds));
    },
  }),
};
