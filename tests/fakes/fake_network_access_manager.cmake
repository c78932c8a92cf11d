# A scripted QNetworkAccessManager (no sockets) for HTTP supplier adapter tests; included by
# each test area that needs it, built once.
if(NOT TARGET tripdesk_fake_network_access_manager)
  add_library(tripdesk_fake_network_access_manager STATIC
    ${CMAKE_CURRENT_LIST_DIR}/fake_network_access_manager.h
    ${CMAKE_CURRENT_LIST_DIR}/fake_network_access_manager.cpp)
  target_include_directories(tripdesk_fake_network_access_manager PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(tripdesk_fake_network_access_manager PUBLIC Qt6::Core Qt6::Network)
  tripdesk_target_defaults(tripdesk_fake_network_access_manager)
endif()
