# The Sabre stand-in (QHttpServer over the sandbox engine) for integration tests and for trying
# the Sabre adapter by hand; included by each test area that needs it, built once.
if(NOT TARGET tripdesk_sabre_stand_in)
  find_package(Qt6 REQUIRED COMPONENTS HttpServer)
  add_library(tripdesk_sabre_stand_in STATIC
    ${CMAKE_CURRENT_LIST_DIR}/sabre_stand_in.h
    ${CMAKE_CURRENT_LIST_DIR}/sabre_stand_in.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sabre_stand_in_shapes.h
    ${CMAKE_CURRENT_LIST_DIR}/sabre_stand_in_shapes.cpp)
  target_include_directories(tripdesk_sabre_stand_in PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(tripdesk_sabre_stand_in PUBLIC tripdesk_sandbox tripdesk_sabre_supplier
    Qt6::HttpServer Qt6::Network)
  set_target_properties(tripdesk_sabre_stand_in PROPERTIES AUTOMOC ON)
  tripdesk_target_defaults(tripdesk_sabre_stand_in)
endif()
