tripdesk_add_fuzzer(fuzz_http_headers SOURCES fuzz_http_headers.cpp LIBS tripdesk_supplier_http
                    CORPUS http_headers)
