# GUI (issue 5): real widgets driven with QTest on the offscreen platform.
ab_add_test(tst_verificationview SOURCES gui/tst_verificationview.cpp LIBS auditbench_ui)
ab_add_test(tst_issuesdock SOURCES gui/tst_issuesdock.cpp LIBS auditbench_ui)
ab_add_test(tst_dfdview SOURCES gui/tst_dfdview.cpp LIBS auditbench_ui)
ab_add_test(tst_mainwindow SOURCES gui/tst_mainwindow.cpp LIBS auditbench_ui)
ab_add_test(tst_workbench SOURCES gui/tst_workbench.cpp LIBS auditbench_ui)
ab_add_test(tst_reportoutput SOURCES gui/tst_reportoutput.cpp LIBS auditbench_ui)
ab_add_test(tst_verificationchain SOURCES gui/tst_verificationchain.cpp LIBS auditbench_ui)
