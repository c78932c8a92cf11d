# Sorting and filtering 10k offers in the results model.
add_executable(bench_results_model bench_results_model.cpp)
target_link_libraries(bench_results_model PRIVATE tripdesk_ui_models benchmark::benchmark)
tripdesk_target_defaults(bench_results_model)
