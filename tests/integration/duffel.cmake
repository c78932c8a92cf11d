# The Duffel adapter against the Duffel stand-in over real HTTP on 127.0.0.1.
include(${PROJECT_SOURCE_DIR}/tests/fakes/duffel_stand_in.cmake)
foreach(test test_duffel_stand_in test_duffel_faults)
  tripdesk_add_test(${test} SOURCES ${test}.cpp duffel_integration_support.h LABEL integration
    LIBS tripdesk_duffel tripdesk_duffel_stand_in tripdesk_search)
endforeach()
