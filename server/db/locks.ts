/**
 * Locks that make concurrent writers of one kind wait for each other (PostgreSQL advisory locks):
 * seeding and migrating a new database, and writing one station's figures (`stationLock`).
 */
export const LOCKS = { seed: 0x5_7a711, migrate: 0x5_7a710, station: 0x5_7a712 } as const;
