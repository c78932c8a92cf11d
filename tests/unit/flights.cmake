# The flight domain shared by every layer.
tripdesk_add_test(test_connection_risks SOURCES test_connection_risks.cpp LIBS tripdesk_flights)
