tripdesk_add_test(test_money SOURCES test_money.cpp LIBS tripdesk_core)
tripdesk_add_test(test_store SOURCES test_store.cpp LIBS tripdesk_store)
tripdesk_add_test(test_exchange_rates SOURCES test_exchange_rates.cpp LIBS tripdesk_core)
tripdesk_add_test(test_typed_date SOURCES test_typed_date.cpp LIBS tripdesk_core)
