# The analytics workbench (issue 17): sample size and Sample… dialogs, the workpaper page, gaps with jump-to,
# summaries, Excel in the export dialog.
ab_add_test(tst_gui_analytics SOURCES analytics/tst_gui_analytics.cpp LIBS auditbench_ui)
