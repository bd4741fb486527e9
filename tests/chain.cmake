# Foundation: JCS, crypto, keyring, export reading, chain verification, verify and join CLI, evidence text.
ab_add_test(tst_jcs SOURCES core/tst_jcs.cpp LIBS auditbench_core)
ab_add_test(tst_crypto SOURCES core/tst_crypto.cpp LIBS auditbench_core)
ab_add_test(tst_keyring SOURCES core/tst_keyring.cpp LIBS auditbench_core)
ab_add_test(tst_chainverifier SOURCES core/tst_chainverifier.cpp LIBS auditbench_core)
ab_add_test(tst_exportreader SOURCES core/tst_exportreader.cpp LIBS auditbench_core)
ab_add_test(tst_evidencetext SOURCES core/tst_evidencetext.cpp LIBS auditbench_demo)
ab_add_test(tst_cli_verify SOURCES cli/tst_cli_verify.cpp LIBS auditbench_core
            DEPENDS auditbench-cli)
ab_add_test(tst_chainverdicts SOURCES core/tst_chainverdicts.cpp LIBS auditbench_core)
ab_add_test(tst_segmentjoiner SOURCES core/tst_segmentjoiner.cpp LIBS auditbench_core)
ab_add_test(tst_cli_join SOURCES cli/tst_cli_join.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_deferredsplit SOURCES core/tst_deferredsplit.cpp LIBS auditbench_core)
ab_add_test(tst_mappedfile SOURCES core/tst_mappedfile.cpp LIBS auditbench_core)
