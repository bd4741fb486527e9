# GUI (issue 5): real widgets driven with QTest on the offscreen platform.
ab_add_test(tst_verificationview SOURCES gui/tst_verificationview.cpp gui/GuiTestSupport.h LIBS auditbench_ui)
ab_add_test(tst_issuesdock SOURCES gui/tst_issuesdock.cpp gui/GuiTestSupport.h LIBS auditbench_ui)
ab_add_test(tst_dfdview SOURCES gui/tst_dfdview.cpp gui/GuiTestSupport.h LIBS auditbench_ui)
ab_add_test(tst_mainwindow SOURCES gui/tst_mainwindow.cpp gui/GuiTestSupport.h LIBS auditbench_ui)
ab_add_test(tst_workbench SOURCES gui/tst_workbench.cpp gui/GuiTestSupport.h LIBS auditbench_ui)
ab_add_test(tst_reportoutput SOURCES gui/tst_reportoutput.cpp gui/GuiTestSupport.h LIBS auditbench_ui)
