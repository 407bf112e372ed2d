ALTER TABLE `attendance` ADD `source_file` text;--> statement-breakpoint
ALTER TABLE `attendance` ADD `source_row` integer;--> statement-breakpoint
ALTER TABLE `targets` ADD `source_file` text;--> statement-breakpoint
ALTER TABLE `targets` ADD `source_row` integer;