# Duffel's wire format: golden parser tests over tests/data/duffel, request bodies and errors.
foreach(test test_duffel_parsers test_duffel_requests)
  tripdesk_add_test(${test} SOURCES ${test}.cpp LIBS tripdesk_duffel_wire)
  target_compile_definitions(${test} PRIVATE
    TRIPDESK_DUFFEL_DATA="${PROJECT_SOURCE_DIR}/tests/data/duffel")
endforeach()
