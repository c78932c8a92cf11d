# The sandbox supplier: the generated world, route search, inventory and the supplier itself.
tripdesk_add_test(test_schedule SOURCES test_schedule.cpp test_sandbox_support.h
  LIBS tripdesk_sandbox)
tripdesk_add_test(test_route_search SOURCES test_route_search.cpp test_sandbox_support.h
  LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_supplier SOURCES test_sandbox_supplier.cpp test_sandbox_support.h
  LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_inventory SOURCES test_sandbox_inventory.cpp test_sandbox_support.h
  LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_coverage SOURCES test_sandbox_coverage.cpp test_sandbox_support.h
  LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_schedule_cache SOURCES test_sandbox_schedule_cache.cpp
  test_sandbox_support.h LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_offer_selection SOURCES test_sandbox_offer_selection.cpp
  test_sandbox_support.h LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_orders SOURCES test_sandbox_orders.cpp
  test_sandbox_orders_support.h test_sandbox_support.h LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_order_requests SOURCES test_sandbox_order_requests.cpp
  test_sandbox_orders_support.h test_sandbox_support.h LIBS tripdesk_sandbox)
tripdesk_add_test(test_sandbox_seat_map SOURCES test_sandbox_seat_map.cpp
  test_sandbox_orders_support.h test_sandbox_support.h LIBS tripdesk_sandbox)
