PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`display_name` text NOT NULL,
	`district_id` integer,
	`region_id` integer,
	`station_id` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`tokens_valid_after` text,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`station_id`) REFERENCES `stations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_scope" CHECK(("__new_users"."role" = 'BUREAU') = ("__new_users"."district_id" is not null)),
	CONSTRAINT "users_station" CHECK(("__new_users"."role" in ('PURCHASER', 'STATION')) = ("__new_users"."station_id" is not null)),
	CONSTRAINT "users_region" CHECK(("__new_users"."role" = 'REGION') = ("__new_users"."region_id" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "username", "password_hash", "role", "display_name", "district_id", "region_id", "station_id", "is_demo", "tokens_valid_after") SELECT "id", "username", "password_hash", "role", "display_name", "district_id", "region_id", "station_id", "is_demo", "tokens_valid_after" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);