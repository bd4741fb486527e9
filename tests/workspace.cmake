# Workspace (issue 3): SQLite store, importers, query filters, triggers, activity log, workspace CLI.
set(AB_WS_FIXTURE workspace/WorkspaceFixture.cpp workspace/WorkspaceFixture.h)
ab_add_test(tst_workspaceimport SOURCES workspace/tst_workspaceimport.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB)
ab_add_test(tst_workspacequery SOURCES workspace/tst_workspacequery.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB)
ab_add_test(tst_workspacetriggers SOURCES workspace/tst_workspacetriggers.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB)
ab_add_test(tst_activitylog SOURCES workspace/tst_activitylog.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB)
ab_add_test(tst_workspaceschema SOURCES workspace/tst_workspaceschema.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB)
ab_add_test(tst_workspacecli SOURCES workspace/tst_workspacecli.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB DEPENDS auditbench-cli)
ab_add_test(tst_workspacepackages SOURCES workspace/tst_workspacepackages.cpp ${AB_WS_FIXTURE} LIBS auditbench_core Qt6::Sql ZLIB::ZLIB)
