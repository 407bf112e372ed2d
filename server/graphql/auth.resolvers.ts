import { capabilities } from '../auth/authorize.ts';
import { userViewer } from '../auth/viewer.ts';
import { login, logout } from '../commands/auth.ts';
import { auditLog, demoLogins } from '../read/auth.ts';
import { page } from '../read/page.ts';
import { readerAs } from '../read/reader.ts';
import { districtById, stationsOfUser } from '../read/stations.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, { read }) => (read.viewer.kind === 'user' ? read.viewer : null),
    demoLogins: (_, __, { read }) => demoLogins(read),
    auditLog: (_, { limit, offset, ...filter }, { read }) =>
      auditLog(read, { ...filter, ...page(limit, offset) }),
  },
  Mutation: {
    login: async (_, { username, password }, { read, auth }) => {
      const session = await login(read, auth, username, password);
      return { ...session, user: await userViewer(read.db, session.user) };
    },
    logout: (_, __, { read, auth }) => logout(read, auth),
  },
  // A user is described as it sees itself (at login the request itself is still anonymous).
  User: {
    district: (u, _, { read }) => districtById(readerAs(read, u), u.districtId),
    stations: (u, _, { read }) => stationsOfUser(readerAs(read, u), u),
    capabilities: (u) => capabilities(u),
  },
  AuditEntry: {
    before: (e) => (e.before == null ? null : JSON.stringify(e.before)),
    after: (e) => (e.after == null ? null : JSON.stringify(e.after)),
  },
};
