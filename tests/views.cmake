# Views over every imported evidence kind (issue 13): bundles, OCSF events and runtime entries in core and on
# the command line (bundles, query --ocsf/--runtime, listing, the activity log's record of each extraction).
ab_add_test(tst_viewqueries SOURCES views/tst_viewqueries.cpp LIBS auditbench_core)
ab_add_test(tst_cli_views SOURCES views/tst_cli_views.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_textwrap SOURCES views/tst_textwrap.cpp LIBS auditbench_core)
ab_add_test(tst_listing SOURCES views/tst_listing.cpp LIBS auditbench_core DEPENDS auditbench-cli)
# Exports carry provenance (issue 19): safe default names, <file>.provenance.json, the CLI's --out exports.
ab_add_test(tst_exportprovenance SOURCES views/tst_exportprovenance.cpp LIBS auditbench_core DEPENDS auditbench-cli)
