-- Before the unique period indexes (next migration): a figure stored more than once for the same
-- contract, indicator, area and period (two writers at once before writes took the station's
-- lock) is kept once, the newest copy. The others are not lost: each goes to replaced_values as
-- the entry it was, as a replaced figure does.
INSERT INTO "replaced_values" ("entity", "entity_id", "contract_id", "before", "replaced_at")
SELECT 'progress_entry', "p"."id", "p"."contract_id",
  json_build_object('id', "p"."id", 'contractId', "p"."contract_id", 'indicatorId', "p"."indicator_id",
    'areaId', "p"."area_id", 'periodStart', "p"."period_start", 'periodEnd', "p"."period_end",
    'value', "p"."value", 'statedRate', "p"."stated_rate", 'statedRateText', "p"."stated_rate_text",
    'printedValue', "p"."printed_value", 'source', "p"."source", 'sourceFile', "p"."source_file",
    'sourceRow', "p"."source_row", 'documentId', "p"."document_id", 'note', "p"."note"),
  to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
FROM "progress_entries" "p"
WHERE EXISTS (
  SELECT 1 FROM "progress_entries" "q"
  WHERE "q"."contract_id" = "p"."contract_id" AND "q"."indicator_id" = "p"."indicator_id"
    AND "q"."area_id" IS NOT DISTINCT FROM "p"."area_id" AND "q"."period_start" = "p"."period_start"
    AND "q"."period_end" = "p"."period_end" AND "q"."id" > "p"."id"
);--> statement-breakpoint
DELETE FROM "progress_entries" "p" WHERE EXISTS (
  SELECT 1 FROM "progress_entries" "q"
  WHERE "q"."contract_id" = "p"."contract_id" AND "q"."indicator_id" = "p"."indicator_id"
    AND "q"."area_id" IS NOT DISTINCT FROM "p"."area_id" AND "q"."period_start" = "p"."period_start"
    AND "q"."period_end" = "p"."period_end" AND "q"."id" > "p"."id"
);
