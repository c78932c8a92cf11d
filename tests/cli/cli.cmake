# Runs the built tripdesk-cli as a user would.
tripdesk_add_test(test_cli SOURCES test_cli.cpp LIBS Qt6::Core Qt6::Network LABEL cli)
target_compile_definitions(test_cli PRIVATE TRIPDESK_CLI_PATH="$<TARGET_FILE:tripdesk-cli>")
add_dependencies(test_cli tripdesk-cli)
if(TRIPDESK_BUILD_UI)
  target_compile_definitions(test_cli PRIVATE TRIPDESK_GUI_PATH="$<TARGET_FILE:tripdesk>")
  add_dependencies(test_cli tripdesk)
endif()
# The vendors' stand-ins, started by the test as a person would (tests/fakes/stand_ins.cmake).
target_compile_definitions(test_cli PRIVATE
  TRIPDESK_STAND_INS_PATH="$<TARGET_FILE:tripdesk-stand-ins>")
add_dependencies(test_cli tripdesk-stand-ins)
