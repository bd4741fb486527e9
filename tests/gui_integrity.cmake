# Integrity in the workbench (issue 16): the check at open, damaged and read-only workspaces, Save a Copy.
ab_add_test(tst_gui_integrity SOURCES integrity/tst_gui_integrity.cpp LIBS auditbench_ui)
ab_add_test(tst_gui_bounds SOURCES robustness/tst_gui_bounds.cpp LIBS auditbench_ui)
