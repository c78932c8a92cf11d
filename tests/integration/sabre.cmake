# The Sabre adapter against the Sabre stand-in over real HTTP.
include(${PROJECT_SOURCE_DIR}/tests/fakes/sabre_stand_in.cmake)
tripdesk_add_test(test_sabre_integration SOURCES test_sabre_integration.cpp
  LIBS tripdesk_sabre_supplier tripdesk_sabre_stand_in tripdesk_search LABEL integration)
tripdesk_add_test(test_sabre_integration_faults SOURCES test_sabre_integration_faults.cpp
  sabre_integration_support.h
  LIBS tripdesk_sabre_supplier tripdesk_sabre_stand_in tripdesk_search LABEL integration)
