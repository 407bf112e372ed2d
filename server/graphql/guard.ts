/**
 * Anonymous requests get `auth/unauthenticated` for every data field: the root fields are the
 * only ways into the data, so each is wrapped, except the few a login page needs.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { appError } from '../errors.ts';
import type { Context } from './context.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

/** Root fields anonymous requests may use. */
const open = new Set(['Query.me', 'Query.demoLogins', 'Mutation.login']);

export function requireLogin(resolvers: Resolvers): Resolvers {
  const guarded = { ...resolvers };
  for (const root of ['Query', 'Mutation'] as const) {
    const fields = resolvers[root] as Record<string, GraphQLFieldResolver<unknown, Context>> | undefined;
    if (!fields) continue;
    guarded[root] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => [
        name,
        open.has(`${root}.${name}`)
          ? resolve
          : (parent: unknown, args: unknown, ctx: Context, info: never) => {
              if (ctx.read.viewer.kind === 'anonymous') throw appError('auth/unauthenticated');
              return resolve(parent, args as never, ctx, info);
            },
      ]),
    ) as never;
  }
  return guarded;
}
