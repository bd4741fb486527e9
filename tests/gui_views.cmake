# The Bundles, OCSF and Runtime pages (issue 13) on real widgets, offscreen.
ab_add_test(tst_gui_views SOURCES views/tst_gui_views.cpp LIBS auditbench_ui)
