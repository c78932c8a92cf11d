tripdesk_add_fuzzer(fuzz_sabre_shop SOURCES fuzz_sabre_shop.cpp LIBS tripdesk_sabre_wire
                    CORPUS sabre_shop)
tripdesk_add_fuzzer(fuzz_sabre_booking SOURCES fuzz_sabre_booking.cpp LIBS tripdesk_sabre_wire
                    CORPUS sabre_booking)
tripdesk_add_fuzzer(fuzz_sabre_auth SOURCES fuzz_sabre_auth.cpp LIBS tripdesk_sabre_wire
                    CORPUS sabre_auth)
