# Notes and tags on records (issue 19): the store, the command line, listings and packs.
ab_add_test(tst_notestore SOURCES annotations/tst_notestore.cpp LIBS auditbench_core)
ab_add_test(tst_notescli SOURCES annotations/tst_notescli.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_notelisting SOURCES annotations/tst_notelisting.cpp LIBS auditbench_core DEPENDS auditbench-cli)
