CREATE TABLE `report_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`document_id` integer,
	`code` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_claims_contract` ON `report_claims` (`contract_id`);--> statement-breakpoint
CREATE TABLE `source_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`period_start` text,
	`period_end` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `source_documents_contract` ON `source_documents` (`contract_id`);--> statement-breakpoint
DROP INDEX `reach_figures_code`;--> statement-breakpoint
ALTER TABLE `reach_figures` ADD `area_id` integer REFERENCES service_areas(id);--> statement-breakpoint
ALTER TABLE `reach_figures` ADD `printed_text` text;--> statement-breakpoint
ALTER TABLE `reach_figures` ADD `document_id` integer REFERENCES source_documents(id);--> statement-breakpoint
CREATE UNIQUE INDEX `reach_figures_area_code` ON `reach_figures` (`contract_id`,`code`,`area_id`) WHERE "reach_figures"."area_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `reach_figures_total_code` ON `reach_figures` (`contract_id`,`code`) WHERE "reach_figures"."area_id" is null;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_volunteer_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`month` text NOT NULL,
	`new_volunteers` integer NOT NULL,
	`backbone` integer NOT NULL,
	`service_hours` real,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_volunteer_records`("id", "contract_id", "month", "new_volunteers", "backbone", "service_hours") SELECT "id", "contract_id", "month", "new_volunteers", "backbone", "service_hours" FROM `volunteer_records`;--> statement-breakpoint
DROP TABLE `volunteer_records`;--> statement-breakpoint
ALTER TABLE `__new_volunteer_records` RENAME TO `volunteer_records`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_records_month` ON `volunteer_records` (`contract_id`,`month`);--> statement-breakpoint
ALTER TABLE `evaluations` ADD `evaluator` text;--> statement-breakpoint
ALTER TABLE `evaluations` ADD `supervising_body` text;--> statement-breakpoint
ALTER TABLE `evaluations` ADD `visit_date` text;--> statement-breakpoint
ALTER TABLE `evaluations` ADD `panel_experts` integer;--> statement-breakpoint
ALTER TABLE `evaluations` ADD `panel_staff` integer;--> statement-breakpoint
ALTER TABLE `evaluations` ADD `feedback` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `party` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `kind` text DEFAULT 'finding' NOT NULL;--> statement-breakpoint
ALTER TABLE `findings` ADD `verbatim` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `progress_entries` ADD `document_id` integer REFERENCES source_documents(id);--> statement-breakpoint
ALTER TABLE `service_areas` ADD `printed_label` text;