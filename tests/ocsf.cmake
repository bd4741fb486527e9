# OCSF (issue 13): the OCSF v1.1 export of gateway records, checked against the vendored OCSF 1.1 schema.
ab_add_test(tst_ocsfvalidator SOURCES ocsf/tst_ocsfvalidator.cpp LIBS auditbench_core)
ab_add_test(tst_ocsfexport SOURCES ocsf/tst_ocsfexport.cpp LIBS auditbench_demo DEPENDS auditbench-cli)
