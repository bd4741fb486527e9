# Compliance packages in the GUI (issue 10): the GUI and the command line generate through one path in core.
ab_add_test(tst_gui_packageparity SOURCES package/tst_gui_packageparity.cpp LIBS auditbench_ui DEPENDS auditbench-cli)
ab_add_test(tst_gui_packagesview SOURCES package/tst_gui_packagesview.cpp LIBS auditbench_ui)
