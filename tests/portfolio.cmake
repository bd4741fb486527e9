# Organisation portfolio (issue 14): the agents listing, the agent profile in packages, inherited controls,
# the portfolio (matrix, exclusions, content hash, storage, Cancel), OSCAL assessment results and the PDF.
ab_add_test(tst_agents SOURCES portfolio/tst_agents.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_portfolio SOURCES portfolio/tst_portfolio.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_portfolio_oscal SOURCES portfolio/tst_portfolio_oscal.cpp LIBS auditbench_core)
