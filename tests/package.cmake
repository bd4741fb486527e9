# Compliance packages (issue 4): runtime export reading, the five sections, DFD rendering through Graphviz,
# shipped registries, content hash and re-performance.
ab_add_test(tst_packagegenerator SOURCES package/tst_packagegenerator.cpp LIBS auditbench_core)
ab_add_test(tst_dfdrenderer SOURCES package/tst_dfdrenderer.cpp LIBS auditbench_core PkgConfig::GRAPHVIZ)
ab_add_test(tst_packagecomparer SOURCES package/tst_packagecomparer.cpp LIBS auditbench_core)
ab_add_test(tst_compliancedata SOURCES package/tst_compliancedata.cpp LIBS auditbench_core)
ab_add_test(tst_cli_package SOURCES package/tst_cli_package.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_packagegeneration_workspace SOURCES package/tst_packagegeneration_workspace.cpp LIBS auditbench_core)
ab_add_test(tst_packagetext SOURCES package/tst_packagetext.cpp LIBS auditbench_core)
ab_add_test(tst_packagetrail SOURCES package/tst_packagetrail.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_runtimeexportreading SOURCES package/tst_runtimeexportreading.cpp LIBS auditbench_core)
