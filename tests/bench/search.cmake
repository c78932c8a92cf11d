# Ranking and de-duplicating a large result set, as the aggregator and the CLI do.
add_executable(bench_ranking bench_ranking.cpp)
target_link_libraries(bench_ranking PRIVATE tripdesk_search benchmark::benchmark)
tripdesk_target_defaults(bench_ranking)
