# The install tree (issue 18): staged with `cmake --install`, then desktop entry, AppStream metainfo, MIME type,
# icons, man pages and bash completion checked with the distribution's validators. gui_*: the install rules
# need the GUI binary, so the GUI-less (sanitizer) build skips this file.
ab_add_test(tst_gui_installer SOURCES installer/tst_gui_installer.cpp LIBS auditbench_core
            DEPENDS auditbench auditbench-cli auditbench_icons auditbench_cli_docs)
target_compile_definitions(tst_gui_installer PRIVATE AB_CMAKE_COMMAND="${CMAKE_COMMAND}"
                           AB_BUILD_DIR="${CMAKE_BINARY_DIR}" AB_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# The .deb itself: cpack from this build tree, unpacked with dpkg -x, its binaries run from there.
ab_add_test(tst_gui_package SOURCES installer/tst_gui_package.cpp LIBS Qt6::Core
            DEPENDS auditbench auditbench-cli auditbench_icons auditbench_cli_docs)
target_compile_definitions(tst_gui_package PRIVATE AB_CMAKE_COMMAND="${CMAKE_COMMAND}" AB_BUILD_DIR="${CMAKE_BINARY_DIR}")
