# Branded PDF reports: rendered with QPdfWriter, checked with poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages).
ab_add_test(tst_report SOURCES report/tst_report.cpp LIBS auditbench_core DEPENDS auditbench-cli)
ab_add_test(tst_verificationreport SOURCES report/tst_verificationreport.cpp LIBS auditbench_core)
