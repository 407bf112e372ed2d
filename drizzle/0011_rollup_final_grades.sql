-- Custom SQL migration file, put your code below! --
-- The rollup kept the latest evaluation dated by the figures' date, which left out every final
-- evaluation (dated after its contract's end). Stored figures are a cache: computed again when next asked for.
DELETE FROM contract_figures;
