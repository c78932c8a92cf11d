# The results model and the search form controller: no backend service needed.
tripdesk_add_test(test_flight_results_model SOURCES test_flight_results_model.cpp
  LIBS tripdesk_ui_models tripdesk_search)
tripdesk_add_test(test_search_form_controller SOURCES test_search_form_controller.cpp
  LIBS tripdesk_ui_models)
# One offscreen walk through the main window over the real backend.
tripdesk_add_test(test_main_window_search SOURCES test_main_window_search.cpp
  LIBS tripdesk_ui LABEL ui)
# The date field alone and in the search form, offscreen.
tripdesk_add_test(test_date_field SOURCES test_date_field.cpp LIBS tripdesk_ui LABEL ui)
# The offer details' text, from hand-made offers.
tripdesk_add_test(test_offer_details_view SOURCES test_offer_details_view.cpp LIBS tripdesk_ui)
# What the views call a place, in English and in Hindi, over the bundled reference data.
tripdesk_add_test(test_display_lookup SOURCES test_display_lookup.cpp LIBS tripdesk_ui)
# Prices and fare brands in English and Hindi, with the compiled catalogues.
tripdesk_add_test(test_flight_format SOURCES test_flight_format.cpp
  LIBS tripdesk_ui_models tripdesk_translations)
# What screen readers and keyboard users meet in the desk, offscreen.
tripdesk_add_test(test_desk_accessibility SOURCES test_desk_accessibility.cpp LIBS tripdesk_ui
  LABEL ui)
# The desk's look with its style sheet at 1280×800 and 1024×768, offscreen.
tripdesk_add_test(test_desk_layout SOURCES test_desk_layout.cpp LIBS tripdesk_ui LABEL ui)
# Fare options of one result, the checked-bags price view and the price check's wording.
tripdesk_add_test(test_fare_options SOURCES test_fare_options.cpp LIBS tripdesk_ui)
# "Check price" on the desk over the real sandbox, offscreen.
tripdesk_add_test(test_desk_price_check SOURCES test_desk_price_check.cpp LIBS tripdesk_ui
  LABEL ui)
