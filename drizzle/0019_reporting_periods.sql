CREATE TABLE `reporting_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`month` text NOT NULL,
	`state` text NOT NULL,
	`submitted_at` text,
	`submitted_by` integer,
	`explanation` text,
	`reviewed_at` text,
	`reviewed_by` integer,
	`comment` text,
	`cell_comments` text,
	`locked_at` text,
	`locked_by` integer,
	`state_before_lock` text,
	`unlock_reason` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`locked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_periods_contract_month` ON `reporting_periods` (`contract_id`,`month`);