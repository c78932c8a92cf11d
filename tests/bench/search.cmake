# Ranking and de-duplicating a large result set, as the aggregator and the CLI do.
add_executable(bench_ranking bench_ranking.cpp)
target_link_libraries(bench_ranking PRIVATE tripdesk_search benchmark::benchmark)
tripdesk_target_defaults(bench_ranking)
# Merging three suppliers' answers into results with fare options, then ranking them.
include(${PROJECT_SOURCE_DIR}/tests/fakes/fake_flight_supplier.cmake)
add_executable(bench_merge bench_merge.cpp)
target_link_libraries(bench_merge PRIVATE tripdesk_search tripdesk_fake_flight_supplier
  benchmark::benchmark)
tripdesk_target_defaults(bench_merge)
