# Sorting and filtering 10k offers in the results model.
add_executable(bench_results_model bench_results_model.cpp)
target_link_libraries(bench_results_model PRIVATE tripdesk_ui_models benchmark::benchmark)
tripdesk_target_defaults(bench_results_model)
# The floor for the desk's start-up: a bare window that quits after its first paint.
add_executable(bench_bare_window bench_bare_window.cpp)
target_link_libraries(bench_bare_window PRIVATE Qt6::Widgets)
tripdesk_target_defaults(bench_bare_window)
