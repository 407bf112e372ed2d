CREATE TABLE `reach_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`code` text NOT NULL,
	`value` real NOT NULL,
	`source` text NOT NULL,
	`note` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reach_figures_code` ON `reach_figures` (`contract_id`,`code`);