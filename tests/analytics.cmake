# Auditor analytics (issue 17): sample sizes, seeded samples, gaps and duplicates, Excel export.
ab_add_test(tst_samplesize SOURCES analytics/tst_samplesize.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_sampledrawer SOURCES analytics/tst_sampledrawer.cpp LIBS auditbench_core)
ab_add_test(tst_samples SOURCES analytics/tst_samples.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_gaps SOURCES analytics/tst_gaps.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_xlsxexport SOURCES analytics/tst_xlsxexport.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_samplestore SOURCES analytics/tst_samplestore.cpp LIBS auditbench_core)
