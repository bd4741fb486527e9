# German and French (issue 18): the main window in both languages (translated texts, unchanged shortcuts, no
# mnemonic collisions, Qt's own dialogs), evidence stored byte for byte whatever the language, the report
# language apart from the interface's, and the language switched without losing the open workspace.
# gui_*: translations are compiled into the GUI only, so the GUI-less (sanitizer) build skips this file.
ab_add_test(tst_gui_i18n_menus SOURCES i18n/tst_gui_i18n_menus.cpp LIBS auditbench_ui)
ab_add_test(tst_gui_i18n_evidence SOURCES i18n/tst_gui_i18n_evidence.cpp LIBS auditbench_ui)
ab_add_test(tst_gui_languageswitch SOURCES i18n/tst_gui_languageswitch.cpp LIBS auditbench_ui)
# The catalogues against the sources: lupdate into temporary copies must change nothing (CI fails otherwise).
ab_add_test(tst_gui_catalogues SOURCES i18n/tst_gui_catalogues.cpp LIBS Qt6::Core)
target_compile_definitions(tst_gui_catalogues PRIVATE
    AB_CMAKE_COMMAND="${CMAKE_COMMAND}" AB_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    AB_LRELEASE="$<TARGET_FILE:Qt6::lrelease>"
    AB_LUPDATE_PROJECT="${CMAKE_BINARY_DIR}/app/.lupdate/auditbench_ui_project.cmake"
    AB_LUPDATE_GENERATOR="${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake")
# Issue 19: the window fits 1000 × 650 in every language, every page's buttons shown whole.
ab_add_test(tst_gui_laptop SOURCES i18n/tst_gui_laptop.cpp LIBS auditbench_ui)
# Issue 19: English plural forms for the %n strings (no "record(s)"), checked against every one the catalogue holds.
ab_add_test(tst_englishplurals SOURCES i18n/tst_englishplurals.cpp LIBS auditbench_core)
