# The Duffel API v2 stand-in (QHttpServer over a sandbox of its own) with its fault plan; included
# by each test area that needs it, built once. Never part of the product.
find_package(Qt6 REQUIRED COMPONENTS HttpServer)
if(NOT TARGET tripdesk_duffel_stand_in)
  add_library(tripdesk_duffel_stand_in STATIC
    ${CMAKE_CURRENT_LIST_DIR}/http_fault_plan.h
    ${CMAKE_CURRENT_LIST_DIR}/http_fault_plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in.h
    ${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in_orders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in_shapes.h
    ${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in_shapes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in_requests.cpp)
  target_include_directories(tripdesk_duffel_stand_in PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(tripdesk_duffel_stand_in PUBLIC tripdesk_sandbox tripdesk_reference
    Qt6::HttpServer Qt6::Network Qt6::Core)
  tripdesk_target_defaults(tripdesk_duffel_stand_in)
endif()
