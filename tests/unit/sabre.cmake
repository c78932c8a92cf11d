# Sabre's wire format: golden replies under tests/data/sabre, request bodies, errors.
tripdesk_add_test(test_sabre_parsers SOURCES test_sabre_parsers.cpp LIBS tripdesk_sabre_wire)
target_compile_definitions(test_sabre_parsers PRIVATE
  TRIPDESK_SABRE_DATA="${PROJECT_SOURCE_DIR}/tests/data/sabre")
tripdesk_add_test(test_sabre_wire SOURCES test_sabre_wire.cpp
  LIBS tripdesk_sabre_wire tripdesk_translations)
