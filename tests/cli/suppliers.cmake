# tripdesk-cli suppliers against a real Secret Service (gnome-keyring in its own D-Bus session).
include(${PROJECT_SOURCE_DIR}/tests/support/keychain_probe.cmake)
tripdesk_add_test(test_cli_suppliers SOURCES test_cli_suppliers.cpp LIBS Qt6::Core LABEL cli
  KEYRING)
target_compile_definitions(test_cli_suppliers PRIVATE
  TRIPDESK_CLI_PATH="$<TARGET_FILE:tripdesk-cli>"
  TRIPDESK_KEYCHAIN_PROBE_PATH="$<TARGET_FILE:tripdesk_keychain_probe>")
add_dependencies(test_cli_suppliers tripdesk-cli tripdesk_keychain_probe)
