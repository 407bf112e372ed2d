ALTER TABLE "findings" ALTER COLUMN "text_en" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ALTER COLUMN "practice_start" DROP NOT NULL;