# GUI (issue 5): real widgets driven with QTest on the offscreen platform.
ab_add_test(tst_verificationview SOURCES gui/tst_verificationview.cpp LIBS auditbench_ui)
ab_add_test(tst_issuesdock SOURCES gui/tst_issuesdock.cpp LIBS auditbench_ui)
ab_add_test(tst_dfdview SOURCES gui/tst_dfdview.cpp LIBS auditbench_ui)
ab_add_test(tst_mainwindow SOURCES gui/tst_mainwindow.cpp LIBS auditbench_ui)
ab_add_test(tst_workbench SOURCES gui/tst_workbench.cpp LIBS auditbench_ui)
ab_add_test(tst_auditlogasync SOURCES gui/tst_auditlogasync.cpp LIBS auditbench_ui)
ab_add_test(tst_reportoutput SOURCES gui/tst_reportoutput.cpp LIBS auditbench_ui)
ab_add_test(tst_verificationcoverage SOURCES gui/tst_verificationcoverage.cpp LIBS auditbench_ui)
ab_add_test(tst_chainfork_gui SOURCES gui/tst_chainfork_gui.cpp LIBS auditbench_ui)
ab_add_test(tst_verificationchain SOURCES gui/tst_verificationchain.cpp LIBS auditbench_ui)
# Issue 19: results know what they are about (stale verdicts), the outside record viewer, VSQ drafts, import
# without a workspace.
ab_add_test(tst_staleverdict SOURCES gui/tst_staleverdict.cpp LIBS auditbench_ui)
ab_add_test(tst_recordviewer SOURCES gui/tst_recordviewer.cpp LIBS auditbench_ui)
ab_add_test(tst_vsqdrafts SOURCES gui/tst_vsqdrafts.cpp LIBS auditbench_ui)
ab_add_test(tst_importchoice SOURCES gui/tst_importchoice.cpp LIBS auditbench_ui)
ab_add_test(tst_workpaperdrafts SOURCES gui/tst_workpaperdrafts.cpp LIBS auditbench_ui)
