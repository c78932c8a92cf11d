# Route search over the full sandbox world, and generating that world.
add_executable(bench_route_search bench_route_search.cpp)
target_link_libraries(bench_route_search PRIVATE benchmark::benchmark tripdesk_sandbox)
tripdesk_target_defaults(bench_route_search)
