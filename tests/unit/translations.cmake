# The UI catalogues: the .ts files are read from the source tree, the compiled ones come from
# tripdesk_translations.
tripdesk_add_test(test_translations SOURCES test_translations.cpp
  LIBS Qt6::Core tripdesk_translations)
target_compile_definitions(test_translations PRIVATE
  TRIPDESK_TS_HI="${PROJECT_SOURCE_DIR}/translations/tripdesk_hi.ts"
  TRIPDESK_TS_EN="${PROJECT_SOURCE_DIR}/translations/tripdesk_en.ts")
