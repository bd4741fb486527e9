# Integrity (issue 16): a damaged or tampered workspace is an error or a finding, never a verdict.
ab_add_test(tst_damagedworkspace SOURCES integrity/tst_damagedworkspace.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_workspacecheck SOURCES integrity/tst_workspacecheck.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_portableworkspace SOURCES integrity/tst_portableworkspace.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_reportintegrity SOURCES integrity/tst_reportintegrity.cpp LIBS auditbench_core)
ab_add_test(tst_checkevidencekinds SOURCES integrity/tst_checkevidencekinds.cpp LIBS auditbench_core DEPENDS auditbench-cli)
