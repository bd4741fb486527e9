# Workspace (issue 3): SQLite store, importers, query filters, triggers, activity log, workspace CLI.
ab_add_test(tst_workspaceimport SOURCES workspace/tst_workspaceimport.cpp LIBS auditbench_core)
ab_add_test(tst_workspacequery SOURCES workspace/tst_workspacequery.cpp LIBS auditbench_core)
ab_add_test(tst_workspacetriggers SOURCES workspace/tst_workspacetriggers.cpp LIBS auditbench_core)
ab_add_test(tst_activitylog SOURCES workspace/tst_activitylog.cpp LIBS auditbench_core)
ab_add_test(tst_workspaceschema SOURCES workspace/tst_workspaceschema.cpp LIBS auditbench_core)
ab_add_test(tst_workspacecli SOURCES workspace/tst_workspacecli.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_workspacepackages SOURCES workspace/tst_workspacepackages.cpp LIBS auditbench_core)
ab_add_test(tst_recordexport SOURCES workspace/tst_recordexport.cpp LIBS auditbench_core)
