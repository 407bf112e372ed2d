/**
 * The login of this browser: the token the server signed, when it expires, and who it is. Kept
 * in localStorage (so a new tab is still logged in) and dropped when it expires, when the server
 * stops accepting it, or at logout. The server keeps no session of its own.
 */
import { computed, shallowRef } from 'vue';
import type { SessionUserFragment } from '../graphql/generated/graphql.ts';

export interface Session {
  token: string;
  /** ISO 8601. */
  expiresAt: string;
  user: SessionUserFragment;
}

const storageKey = 'station-monitor.session';

function stored(): Session | null {
  try {
    const raw = localStorage.getItem(storageKey);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

const current = shallowRef<Session | null>(typeof localStorage === 'undefined' ? null : stored());
/** Why the last session ended, for the login page to say: expired, or logged out. */
export const endedBecause = shallowRef<'expired' | 'logout' | null>(null);
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(session: Session | null) {
  clearTimeout(timer);
  if (!session) return;
  // Timers cap at about 24.8 days; a token never lasts that long.
  timer = setTimeout(() => endSession('expired'), Math.max(0, Date.parse(session.expiresAt) - Date.now()));
}
schedule(current.value);

export const session = computed(() => current.value);

export function startSession(value: Session): void {
  localStorage.setItem(storageKey, JSON.stringify(value));
  current.value = value;
  endedBecause.value = null;
  schedule(value);
}

export function endSession(reason: 'expired' | 'logout'): void {
  localStorage.removeItem(storageKey);
  if (current.value) endedBecause.value = reason;
  current.value = null;
  schedule(null);
}

export function authorization(): Record<string, string> {
  return current.value ? { authorization: `Bearer ${current.value.token}` } : {};
}

export function can(capability: string): boolean {
  return current.value?.user.capabilities.includes(capability) ?? false;
}

/** Where a user starts: a bureau its district, a purchaser or station its station, a supervisor the district of its stations. */
export function homeOf(user: SessionUserFragment): { name: string; params: { code: string } } {
  if (user.role === 'REGION' && user.region) return { name: 'region', params: { code: user.region.code } };
  if (user.role === 'BUREAU' && user.district)
    return { name: 'district', params: { code: user.district.code } };
  const first = user.stations[0];
  if (user.role === 'SUPERVISOR' && first) return { name: 'district', params: { code: first.district.code } };
  if (first) return { name: 'station', params: { code: first.code } };
  return { name: 'login', params: { code: '' } };
}
