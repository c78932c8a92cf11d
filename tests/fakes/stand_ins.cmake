# tripdesk-stand-ins: the Duffel and Sabre stand-ins started by hand (see README, "Trying the
# supplier adapters"). A test tool, never installed with the product.
include(${CMAKE_CURRENT_LIST_DIR}/duffel_stand_in.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sabre_stand_in.cmake)
if(NOT TARGET tripdesk-stand-ins)
  add_executable(tripdesk-stand-ins ${CMAKE_CURRENT_LIST_DIR}/stand_ins_main.cpp)
  target_link_libraries(tripdesk-stand-ins PRIVATE tripdesk_duffel_stand_in
    tripdesk_sabre_stand_in tripdesk_reference Qt6::Core)
  tripdesk_target_defaults(tripdesk-stand-ins)
endif()
