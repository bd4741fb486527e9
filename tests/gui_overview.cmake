# The Overview page and notes on records in the workbench (issue 19), on real widgets, offscreen.
ab_add_test(tst_gui_overview SOURCES annotations/tst_gui_overview.cpp LIBS auditbench_ui)
