ALTER TABLE `contract_figures` ADD `quality_issues` integer;--> statement-breakpoint
ALTER TABLE `contract_figures` ADD `quality_kinds` text;