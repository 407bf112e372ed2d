CREATE TABLE `document_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`kind` text NOT NULL,
	`indicator_id` integer,
	`printed` text NOT NULL,
	`cells` text,
	`line` integer,
	`cell` text,
	FOREIGN KEY (`document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_facts_document` ON `document_facts` (`document_id`);--> statement-breakpoint
ALTER TABLE `contracts` ADD `programme` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `ref` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `section` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `section_title` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `number` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `line` integer;--> statement-breakpoint
ALTER TABLE `findings` ADD `case_note` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `part_of_ref` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `note` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `certification_text` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `transferred_to` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `derivation` text;