# Demo data: the deterministic synthetic evidence generator (demo/) and its CLI command.
ab_add_test(tst_demodata SOURCES core/tst_demodata.cpp LIBS auditbench_demo DEPENDS auditbench-cli)
