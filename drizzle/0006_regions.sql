CREATE TABLE `contract_figures` (
	`contract_id` integer NOT NULL,
	`as_of` text NOT NULL,
	`expected_rate` real NOT NULL,
	`overall_completion` real,
	`indicators` integer NOT NULL,
	`weak_indicators` integer NOT NULL,
	`resource_completion` real,
	`resource_band` text NOT NULL,
	`stability_rate` real,
	`attendance_rate` real,
	`grade` text,
	`total_score` real,
	PRIMARY KEY(`contract_id`, `as_of`),
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	`path` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_code_unique` ON `regions` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `regions_path_unique` ON `regions` (`path`);--> statement-breakpoint
CREATE INDEX `regions_parent` ON `regions` (`parent_id`);--> statement-breakpoint
ALTER TABLE `districts` ADD `region_id` integer REFERENCES regions(id);--> statement-breakpoint
CREATE INDEX `districts_region` ON `districts` (`region_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `region_id` integer REFERENCES regions(id);