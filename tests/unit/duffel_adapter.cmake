# The Duffel supplier adapter over the scripted network manager in tests/fakes.
include(${PROJECT_SOURCE_DIR}/tests/fakes/fake_network_access_manager.cmake)
tripdesk_add_test(test_duffel_supplier SOURCES test_duffel_supplier.cpp http_test_support.h
  LIBS tripdesk_duffel tripdesk_fake_network_access_manager)
target_compile_definitions(test_duffel_supplier PRIVATE
  TRIPDESK_DUFFEL_DATA="${PROJECT_SOURCE_DIR}/tests/data/duffel")
