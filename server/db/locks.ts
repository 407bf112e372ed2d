/** Locks that make concurrent writers of one kind wait for each other (PostgreSQL advisory locks). */
export const LOCKS = { seed: 0x5_7a711, migrate: 0x5_7a710 } as const;
