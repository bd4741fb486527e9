# Evidence packs (issue 12, docs/spec/formats.md 6): recipes and retention as data, the pack, its manifest,
# checksums and Ed25519 signature, the checklist, report.pdf, evidence-pack / verify-pack.
ab_add_test(tst_packrecipes SOURCES pack/tst_packrecipes.cpp LIBS auditbench_core)
ab_add_test(tst_ed25519 SOURCES pack/tst_ed25519.cpp pack/PackFixture.cpp LIBS auditbench_core)
ab_add_test(tst_evidencepack SOURCES pack/tst_evidencepack.cpp pack/PackFixture.cpp LIBS auditbench_core)
ab_add_test(tst_cli_evidencepack SOURCES pack/tst_cli_evidencepack.cpp pack/PackFixture.cpp LIBS auditbench_core
            DEPENDS auditbench-cli)
