ALTER TABLE "contract_figures" ADD COLUMN "quality_issues" integer;--> statement-breakpoint
ALTER TABLE "contract_figures" ADD COLUMN "quality_kinds" text;