# The Bundles, OCSF and Runtime pages (issue 13) on real widgets, offscreen.
ab_add_test(tst_gui_views SOURCES views/tst_gui_views.cpp LIBS auditbench_ui)
# The audit log's columns (hideable, remembered), Export OCSF… and every export's provenance JSON (issues 13, 19).
ab_add_test(tst_gui_exports SOURCES views/tst_gui_exports.cpp LIBS auditbench_ui)
