# Hostile input and faults (issue 16): bounded reading of files from outside (devices, FIFOs, gzip bombs),
# labels a diagram must show whatever they hold, integers beyond 64 bits, full disks, and the fixtures the
# fuzzers found (tests/data/malformed/).
ab_add_test(tst_inputbounds SOURCES robustness/tst_inputbounds.cpp LIBS auditbench_core ZLIB::ZLIB)
ab_add_test(tst_cli_bounds SOURCES robustness/tst_cli_bounds.cpp LIBS auditbench_core ZLIB::ZLIB DEPENDS auditbench-cli)
ab_add_test(tst_dfdlabels SOURCES robustness/tst_dfdlabels.cpp LIBS auditbench_core PkgConfig::GRAPHVIZ)
ab_add_test(tst_bigintegers SOURCES robustness/tst_bigintegers.cpp LIBS auditbench_core)
ab_add_test(tst_cli_fulldisk SOURCES robustness/tst_cli_fulldisk.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_cli_reread SOURCES robustness/tst_cli_reread.cpp LIBS auditbench_core ZLIB::ZLIB DEPENDS auditbench-cli)
ab_add_test(tst_cli_killimport SOURCES robustness/tst_cli_killimport.cpp LIBS auditbench_core DEPENDS auditbench-cli)
