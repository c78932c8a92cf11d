# The Sabre adapter over the scripted network manager in tests/fakes.
include(${PROJECT_SOURCE_DIR}/tests/fakes/fake_network_access_manager.cmake)
tripdesk_add_test(test_sabre_supplier SOURCES test_sabre_supplier.cpp
  LIBS tripdesk_sabre_supplier tripdesk_fake_network_access_manager)
target_compile_definitions(test_sabre_supplier PRIVATE
  TRIPDESK_SABRE_DATA="${PROJECT_SOURCE_DIR}/tests/data/sabre")
