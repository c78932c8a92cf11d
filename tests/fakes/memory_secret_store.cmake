# An in-memory SecretStore for tests of modules that keep secrets; included by each test area
# that needs it, built once. Never part of the product.
if(NOT TARGET tripdesk_memory_secret_store)
  add_library(tripdesk_memory_secret_store STATIC
    ${CMAKE_CURRENT_LIST_DIR}/memory_secret_store.h
    ${CMAKE_CURRENT_LIST_DIR}/memory_secret_store.cpp)
  target_include_directories(tripdesk_memory_secret_store PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(tripdesk_memory_secret_store PUBLIC tripdesk_accounts Qt6::Core)
  tripdesk_target_defaults(tripdesk_memory_secret_store)
endif()
