-- The figures of SPEC 3 (FigureService) read, for a period [from, to], every dossier "received up to the
-- end and not completed before the start": completed_on null or >= from. This index holds every column
-- that aggregate reads, so the figures are a range read of this index alone, without touching the table.
-- Without it, MariaDB reads the GROUP BY unit_id in the order of ix_dossier_unit_received and looks up
-- every dossier's row: with 1,000,000 dossiers 3.2 s for a quarter instead of about 0.3 s
-- (FigureBenchmark, docs/PERFORMANCE.md "Performance: dossier figures at province scale").
-- ix_dossier_pending stays: the overdue-pending reminder reads (completed_on is null, due_on < today).
CREATE INDEX ix_dossier_figures ON dossier (
    completed_on, received_on, due_on, unit_id, channel, components,
    result_digitized, result_signed, fee_required, paid_online);
