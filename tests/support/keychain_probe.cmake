# tripdesk_keychain_probe: a second process reading and writing the real keychain, for the
# tests that check what one process stored is there for another. Built once.
if(NOT TARGET tripdesk_keychain_probe)
  add_executable(tripdesk_keychain_probe ${CMAKE_CURRENT_LIST_DIR}/keychain_probe.cpp)
  target_link_libraries(tripdesk_keychain_probe PRIVATE tripdesk_accounts Qt6::Core)
  tripdesk_target_defaults(tripdesk_keychain_probe)
endif()
