include(${PROJECT_SOURCE_DIR}/tests/fakes/fake_flight_supplier.cmake)
tripdesk_add_test(test_ranking SOURCES test_ranking.cpp
  LIBS tripdesk_search tripdesk_fake_flight_supplier)
tripdesk_add_test(test_search_aggregator SOURCES test_search_aggregator.cpp
  LIBS tripdesk_search tripdesk_fake_flight_supplier)
# The offer cache another process prices from.
tripdesk_add_test(test_offer_cache SOURCES test_offer_cache.cpp
  LIBS tripdesk_store tripdesk_fake_flight_supplier)
