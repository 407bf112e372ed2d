DROP INDEX `attendance_contract`;--> statement-breakpoint
CREATE INDEX `attendance_contract_month` ON `attendance` (`contract_id`,`month`,`in_post`,`staff_id`);--> statement-breakpoint
CREATE INDEX `progress_stated` ON `progress_entries` (`contract_id`) WHERE "progress_entries"."stated_rate" is not null;--> statement-breakpoint
CREATE INDEX `progress_documents` ON `progress_entries` (`contract_id`,`indicator_id`,`document_id`) WHERE "progress_entries"."document_id" is not null;