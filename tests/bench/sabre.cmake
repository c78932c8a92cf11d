# Reading a 250-itinerary Bargain Finder Max reply, against QJsonDocument on the same bytes.
add_executable(bench_sabre_shop bench_sabre_shop.cpp)
target_link_libraries(bench_sabre_shop PRIVATE tripdesk_sabre_wire benchmark::benchmark)
tripdesk_target_defaults(bench_sabre_shop)
