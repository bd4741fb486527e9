# The Agents and Portfolio pages (issue 14) on real widgets in the real window.
ab_add_test(tst_gui_portfolio SOURCES portfolio/tst_gui_portfolio.cpp LIBS auditbench_ui)
