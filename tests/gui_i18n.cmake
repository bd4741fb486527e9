# German and French (issue 18): the main window in both languages (translated texts, unchanged shortcuts, no
# mnemonic collisions, Qt's own dialogs), evidence stored byte for byte whatever the language, the report
# language apart from the interface's, and the language switched without losing the open workspace.
# gui_*: translations are compiled into the GUI only, so the GUI-less (sanitizer) build skips this file.
ab_add_test(tst_gui_i18n_menus SOURCES i18n/tst_gui_i18n_menus.cpp LIBS auditbench_ui)
ab_add_test(tst_gui_i18n_evidence SOURCES i18n/tst_gui_i18n_evidence.cpp LIBS auditbench_ui)
ab_add_test(tst_gui_languageswitch SOURCES i18n/tst_gui_languageswitch.cpp LIBS auditbench_ui)
