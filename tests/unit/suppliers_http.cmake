# The HTTP layer every supplier adapter shares: request job, retry policy, circuit breaker,
# rate limiter and redacted logging, over the scripted network manager in tests/fakes.
include(${PROJECT_SOURCE_DIR}/tests/fakes/fake_network_access_manager.cmake)
tripdesk_add_test(test_http_retry_policy SOURCES test_http_retry_policy.cpp
  LIBS tripdesk_supplier_http)
tripdesk_add_test(test_http_client SOURCES test_http_client.cpp http_test_support.h
  LIBS tripdesk_supplier_http tripdesk_fake_network_access_manager)
tripdesk_add_test(test_http_client_failures SOURCES test_http_client_failures.cpp
  http_test_support.h LIBS tripdesk_supplier_http tripdesk_fake_network_access_manager)
tripdesk_add_test(test_circuit_breaker SOURCES test_circuit_breaker.cpp http_test_support.h
  LIBS tripdesk_supplier_http tripdesk_fake_network_access_manager)
tripdesk_add_test(test_rate_limiter SOURCES test_rate_limiter.cpp http_test_support.h
  LIBS tripdesk_supplier_http tripdesk_fake_network_access_manager)
tripdesk_add_test(test_http_logging SOURCES test_http_logging.cpp http_test_support.h
  LIBS tripdesk_supplier_http tripdesk_fake_network_access_manager)
