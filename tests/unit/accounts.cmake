# The accounts module: supplier accounts over an in-memory secret store, and the real keychain.
include(${PROJECT_SOURCE_DIR}/tests/fakes/memory_secret_store.cmake)
include(${PROJECT_SOURCE_DIR}/tests/support/keychain_probe.cmake)
tripdesk_add_test(test_supplier_accounts SOURCES test_supplier_accounts.cpp
  LIBS tripdesk_accounts tripdesk_memory_secret_store Qt6::Sql)
# Against a real Secret Service: gnome-keyring in its own D-Bus session.
tripdesk_add_test(test_keychain_secret_store SOURCES test_keychain_secret_store.cpp
  LIBS tripdesk_service LABEL integration KEYRING)
target_compile_definitions(test_keychain_secret_store PRIVATE
  TRIPDESK_KEYCHAIN_PROBE_PATH="$<TARGET_FILE:tripdesk_keychain_probe>")
add_dependencies(test_keychain_secret_store tripdesk_keychain_probe)
# With no Secret Service at all: the test points D-Bus nowhere itself.
tripdesk_add_test(test_secret_store_unavailable SOURCES test_secret_store_unavailable.cpp
  LIBS tripdesk_accounts)
