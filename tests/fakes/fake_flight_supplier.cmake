# A scriptable FlightSupplier for the search and service tests; included by each test area that
# needs it, built once.
if(NOT TARGET tripdesk_fake_flight_supplier)
  add_library(tripdesk_fake_flight_supplier STATIC
    ${CMAKE_CURRENT_LIST_DIR}/fake_flight_supplier.h
    ${CMAKE_CURRENT_LIST_DIR}/fake_flight_supplier.cpp)
  target_include_directories(tripdesk_fake_flight_supplier PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(tripdesk_fake_flight_supplier PUBLIC tripdesk_suppliers_api Qt6::Core)
  tripdesk_target_defaults(tripdesk_fake_flight_supplier)
endif()
