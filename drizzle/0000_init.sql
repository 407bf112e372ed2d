CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`contract_id` integer NOT NULL,
	`month` text NOT NULL,
	`in_post` integer NOT NULL,
	`insured` integer NOT NULL,
	`paid` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_staff_month` ON `attendance` (`staff_id`,`month`);--> statement-breakpoint
CREATE INDEX `attendance_contract` ON `attendance` (`contract_id`);--> statement-breakpoint
CREATE TABLE `communities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_id` integer NOT NULL,
	`name_zh` text NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `communities_area` ON `communities` (`area_id`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`station_id` integer NOT NULL,
	`service_year` integer NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`budget_yuan` real,
	`contracted_positions` integer NOT NULL,
	FOREIGN KEY (`station_id`) REFERENCES `stations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contracts_dates" CHECK("contracts"."start" <= "contracts"."end"),
	CONSTRAINT "contracts_positions" CHECK("contracts"."contracted_positions" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_station_year` ON `contracts` (`station_id`,`service_year`);--> statement-breakpoint
CREATE TABLE `districts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`city_zh` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `districts_code_unique` ON `districts` (`code`);--> statement-breakpoint
CREATE TABLE `evaluation_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`party` text NOT NULL,
	`weight` real NOT NULL,
	`score` real NOT NULL,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_parts_party` ON `evaluation_parts` (`evaluation_id`,`party`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`stage` text NOT NULL,
	`date` text NOT NULL,
	`total_given` real,
	`satisfaction_rate` real,
	`satisfaction_sample` integer,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_contract_stage` ON `evaluations` (`contract_id`,`stage`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`polarity` text NOT NULL,
	`area_id` integer,
	`text_zh` text NOT NULL,
	`text_en` text NOT NULL,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `findings_evaluation` ON `findings` (`evaluation_id`);--> statement-breakpoint
CREATE TABLE `indicator_definitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text NOT NULL,
	`unit_en` text NOT NULL,
	`feed` text NOT NULL,
	`direction` text DEFAULT 'higher' NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_definitions_code_unique` ON `indicator_definitions` (`code`);--> statement-breakpoint
CREATE TABLE `progress_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`area_id` integer,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`value` real NOT NULL,
	`stated_rate` real,
	`stated_rate_text` text,
	`printed_value` text,
	`source` text NOT NULL,
	`source_file` text,
	`source_row` integer,
	`note` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "progress_period" CHECK("progress_entries"."period_start" <= "progress_entries"."period_end")
);
--> statement-breakpoint
CREATE INDEX `progress_contract` ON `progress_entries` (`contract_id`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `resource_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`area_id` integer,
	`date` text NOT NULL,
	`source_type` text NOT NULL,
	`kind` text NOT NULL,
	`value_yuan` real NOT NULL,
	`description` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "resource_links_non_negative" CHECK("resource_links"."value_yuan" >= 0)
);
--> statement-breakpoint
CREATE INDEX `resource_links_contract` ON `resource_links` (`contract_id`);--> statement-breakpoint
CREATE TABLE `service_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`station_id` integer NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`social_workers` integer,
	FOREIGN KEY (`station_id`) REFERENCES `stations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_areas_station_code` ON `service_areas` (`station_id`,`code`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`station_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` text NOT NULL,
	`area_id` integer,
	`certification` text NOT NULL,
	`practice_start` text NOT NULL,
	`contract_start` text,
	`contract_end` text,
	`left_on` text,
	`leaving_reason` text,
	`insurance_exemption` text,
	`note` text,
	FOREIGN KEY (`station_id`) REFERENCES `stations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_station` ON `staff` (`station_id`);--> statement-breakpoint
CREATE TABLE `stations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`district_id` integer NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`street_zh` text NOT NULL,
	`address` text,
	`operator` text,
	`purchaser` text,
	`operating_since` text,
	`community_count` integer,
	`resident_population` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stations_code_unique` ON `stations` (`code`);--> statement-breakpoint
CREATE INDEX `stations_district` ON `stations` (`district_id`);--> statement-breakpoint
CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`area_id` integer,
	`value` real NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "targets_non_negative" CHECK("targets"."value" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_area_scope` ON `targets` (`contract_id`,`indicator_id`,`area_id`) WHERE "targets"."area_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `targets_total_scope` ON `targets` (`contract_id`,`indicator_id`) WHERE "targets"."area_id" is null;--> statement-breakpoint
CREATE TABLE `volunteer_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`month` text NOT NULL,
	`new_volunteers` integer NOT NULL,
	`backbone` integer NOT NULL,
	`service_hours` real NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_records_month` ON `volunteer_records` (`contract_id`,`month`);--> statement-breakpoint
CREATE TABLE `volunteer_system_counts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`new_volunteers` integer NOT NULL,
	`backbone` integer NOT NULL,
	`active_teams` integer,
	`note` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_system_counts_contract_id_unique` ON `volunteer_system_counts` (`contract_id`);--> statement-breakpoint
CREATE TABLE `volunteer_teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`station_id` integer NOT NULL,
	`name` text NOT NULL,
	`founded_on` text,
	`registered_with_street` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`station_id`) REFERENCES `stations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_teams_station` ON `volunteer_teams` (`station_id`);