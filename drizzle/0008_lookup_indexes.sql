CREATE INDEX `reach_figures_contract` ON `reach_figures` (`contract_id`);--> statement-breakpoint
CREATE INDEX `targets_contract` ON `targets` (`contract_id`);