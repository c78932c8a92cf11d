# Shared compile settings for every TripDesk target.
function(tripdesk_target_defaults target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    if(TRIPDESK_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(TRIPDESK_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                               QT_USE_QSTRINGBUILDER)
endfunction()

# tripdesk_module(NAME SOURCES ... LIBS ...): one backend module as its own static library, so
# the link line states (and enforces) what each module may depend on.
function(tripdesk_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(tripdesk_${name} STATIC ${ARG_SOURCES})
  target_include_directories(tripdesk_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(tripdesk_${name} PUBLIC ${ARG_LIBS})
  tripdesk_target_defaults(tripdesk_${name})
endfunction()

# tripdesk_add_test(NAME SOURCES ... LIBS ... [LABEL unit|integration|ui|cli] [KEYRING]): one
# QTest executable per class, run offscreen. KEYRING runs it against a real Secret Service (its
# own D-Bus session and an unlocked gnome-keyring, tests/support/with_keyring.sh); when that
# cannot start, the test fails.
function(tripdesk_add_test name)
  cmake_parse_arguments(ARG "KEYRING" "LABEL" "SOURCES;LIBS" ${ARGN})
  if(NOT ARG_LABEL)
    set(ARG_LABEL unit)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  tripdesk_target_defaults(${name})
  if(ARG_KEYRING)
    add_test(NAME ${name}
      COMMAND sh ${PROJECT_SOURCE_DIR}/tests/support/with_keyring.sh $<TARGET_FILE:${name}>)
    list(APPEND ARG_LABEL keyring)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC"
    TIMEOUT 300)
endfunction()
