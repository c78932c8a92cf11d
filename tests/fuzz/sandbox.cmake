tripdesk_add_fuzzer(fuzz_schedule_file SOURCES fuzz_schedule_file.cpp LIBS tripdesk_sandbox
                    CORPUS schedule_file)
