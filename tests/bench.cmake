# Benchmarks: built with the tests, never run by ctest (speed is measured, not asserted). Figures in docs/.
qt_add_executable(bench_reportprint bench/bench_reportprint.cpp)
target_link_libraries(bench_reportprint PRIVATE auditbench_options auditbench_ui)
set_target_properties(bench_reportprint PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
qt_add_executable(bench_auditlogfilter bench/bench_auditlogfilter.cpp)
target_link_libraries(bench_auditlogfilter PRIVATE auditbench_options auditbench_ui)
set_target_properties(bench_auditlogfilter PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
