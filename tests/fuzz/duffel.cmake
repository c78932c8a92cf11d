# Duffel's wire format: one target per parser, seeded with the golden inputs.
foreach(target offers priced_offer seat_maps order cancellation errors)
  tripdesk_add_fuzzer(fuzz_duffel_${target} SOURCES fuzz_duffel_${target}.cpp
                      LIBS tripdesk_duffel_wire CORPUS duffel_${target})
endforeach()
