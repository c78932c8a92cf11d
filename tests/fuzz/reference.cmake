tripdesk_add_fuzzer(fuzz_reference_data SOURCES fuzz_reference_data.cpp LIBS tripdesk_reference
                    CORPUS reference_data)
