# Audit log (issue 10): the model under QAbstractItemModelTester, the background filter, Export Visible Records.
ab_add_test(tst_auditlogmodel SOURCES gui/tst_auditlogmodel.cpp LIBS auditbench_ui DEPENDS auditbench-cli)
ab_add_test(tst_eventcharts SOURCES gui/tst_eventcharts.cpp LIBS auditbench_ui)
