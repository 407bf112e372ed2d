PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`party` text,
	`dimension` text NOT NULL,
	`kind` text DEFAULT 'finding' NOT NULL,
	`polarity` text NOT NULL,
	`area_id` integer,
	`text_zh` text NOT NULL,
	`text_en` text,
	`verbatim` integer DEFAULT false NOT NULL,
	`ref` text,
	`section` text,
	`section_title` text,
	`number` text,
	`line` integer,
	`case_note` text,
	`part_of_ref` text,
	`note` text,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_findings`("id", "evaluation_id", "party", "dimension", "kind", "polarity", "area_id", "text_zh", "text_en", "verbatim", "ref", "section", "section_title", "number", "line", "case_note", "part_of_ref", "note") SELECT "id", "evaluation_id", "party", "dimension", "kind", "polarity", "area_id", "text_zh", "text_en", "verbatim", "ref", "section", "section_title", "number", "line", "case_note", "part_of_ref", "note" FROM `findings`;--> statement-breakpoint
DROP TABLE `findings`;--> statement-breakpoint
ALTER TABLE `__new_findings` RENAME TO `findings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `findings_evaluation` ON `findings` (`evaluation_id`);--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`station_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` text NOT NULL,
	`area_id` integer,
	`certification` text NOT NULL,
	`practice_start` text,
	`certification_text` text,
	`contract_start` text,
	`contract_end` text,
	`left_on` text,
	`leaving_reason` text,
	`insurance_exemption` text,
	`transferred_to` text,
	`note` text,
	`derivation` text,
	`name_key` text,
	FOREIGN KEY (`station_id`) REFERENCES `stations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `service_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_staff`("id", "station_id", "name", "position", "area_id", "certification", "practice_start", "certification_text", "contract_start", "contract_end", "left_on", "leaving_reason", "insurance_exemption", "transferred_to", "note", "derivation", "name_key") SELECT "id", "station_id", "name", "position", "area_id", "certification", "practice_start", "certification_text", "contract_start", "contract_end", "left_on", "leaving_reason", "insurance_exemption", "transferred_to", "note", "derivation", "name_key" FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;--> statement-breakpoint
CREATE INDEX `staff_station` ON `staff` (`station_id`);--> statement-breakpoint
CREATE INDEX `staff_name_key` ON `staff` (`station_id`,`name_key`);