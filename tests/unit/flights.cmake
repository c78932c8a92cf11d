# The flight domain shared by every layer.
tripdesk_add_test(test_connection_risks SOURCES test_connection_risks.cpp LIBS tripdesk_flights)
tripdesk_add_test(test_flight_record_json SOURCES test_flight_record_json.cpp LIBS tripdesk_flights)
