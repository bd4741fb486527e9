# The Examination page (issue 12): an evidence pack built from the workbench, checked with verify-pack's checks.
ab_add_test(tst_gui_examination SOURCES pack/tst_gui_examination.cpp pack/PackFixture.cpp LIBS auditbench_ui)
