# Parsing a 250-offer Duffel reply against QJsonDocument::fromJson of the same bytes.
add_executable(bench_duffel_parsing bench_duffel_parsing.cpp)
target_link_libraries(bench_duffel_parsing PRIVATE tripdesk_duffel_wire benchmark::benchmark)
target_compile_definitions(bench_duffel_parsing PRIVATE
  TRIPDESK_DUFFEL_DATA="${PROJECT_SOURCE_DIR}/tests/data/duffel")
tripdesk_target_defaults(bench_duffel_parsing)
